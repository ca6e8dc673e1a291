package io.verbatim.analytics.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads a time column into instants. Stored times are ISO-8601, with an offset when the export had one; a time without
 * an offset is wall-clock time, read in the calendar's zone (every figure says so), and a bare date is its midnight.
 */
final class TicketTimes {

    private TicketTimes() {}

    /** The column's instants, null for blank cells; refuses a cell that is not an ISO-8601 time. */
    static Instant[] read(TicketTable table, String key, ZoneId zone) {
        String[] cells = table.column(key)
                .orElseThrow(() -> new KpiException("dataset " + table.dataset() + " has no column " + key));
        Instant[] times = new Instant[cells.length];
        for (int row = 0; row < cells.length; row++) {
            String cell = cells[row].strip();
            if (!cell.isEmpty()) {
                times[row] = parse(cell, zone, table, key, row);
            }
        }
        return times;
    }

    /** True when the column has at least one time without an offset (read in the calendar's zone). */
    static boolean hasLocalTimes(TicketTable table, String key) {
        String[] cells = table.column(key).orElse(new String[0]);
        for (String cell : cells) {
            String text = cell.strip();
            if (!text.isEmpty() && !text.endsWith("Z") && !text.matches(".*T.*[+-]\\d\\d(:?\\d\\d)?(\\[.*])?$")) {
                return true;
            }
        }
        return false;
    }

    private static Instant parse(String cell, ZoneId zone, TicketTable table, String key, int row) {
        try {
            TemporalAccessor parsed =
                    DateTimeFormatter.ISO_DATE_TIME.parseBest(cell, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset
                    ? offset.toInstant()
                    : ((LocalDateTime) parsed).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(cell).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new KpiException("dataset " + table.dataset() + ", row " + (row + 1) + ", column " + key + ": '"
                        + cell + "' is not an ISO-8601 time; re-import the file so its dates are read as dates");
            }
        }
    }
}
