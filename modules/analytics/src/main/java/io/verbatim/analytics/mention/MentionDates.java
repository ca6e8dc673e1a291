package io.verbatim.analytics.mention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The calendar date of each mention, which decides its day, week or month.
 *
 * <p>Without a zone a mention belongs to the date written in the export (the tool's own clock; an offset such as
 * {@code +03:00} is kept as the export wrote it). With a zone, a timestamp that carries an offset is moved to that zone
 * first, so a Talkwalker export mixing {@code +00:00} and {@code +03:00} is counted on one clock; a timestamp without an
 * offset cannot be moved and keeps its written date.
 */
public final class MentionDates {

    private final ZoneId zone;
    private final Map<String, LocalDate> parsed = new HashMap<>();

    /** @param zone the clock to count days on, or null for the dates as written */
    public MentionDates(ZoneId zone) {
        this.zone = zone;
    }

    /** One date per cell; null where the cell is blank or not an ISO-8601 date. */
    public LocalDate[] of(String[] cells) {
        LocalDate[] dates = new LocalDate[cells.length];
        for (int i = 0; i < cells.length; i++) {
            dates[i] = dateOf(cells[i]);
        }
        return dates;
    }

    /** How the dates are read, for the definition line. */
    public String clock() {
        return zone == null
                ? "dates as written in the export, on its own clock"
                : "dates on the " + zone + " clock (timestamps with an offset converted)";
    }

    LocalDate dateOf(String cell) {
        String text = cell.strip();
        if (text.length() < 10) {
            return null;
        }
        String key = zone != null && hasOffset(text) ? text : text.substring(0, 10);
        return parsed.computeIfAbsent(key, this::parse);
    }

    private LocalDate parse(String text) {
        try {
            if (text.length() > 10) {
                return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            // Counted as undated by the caller; the output reports how many mentions had no usable date.
            return null;
        }
    }

    private static boolean hasOffset(String text) {
        int time = text.indexOf('T');
        if (time < 0) {
            return false;
        }
        String rest = text.substring(time);
        return rest.endsWith("Z") || rest.indexOf('+') > 0 || rest.indexOf('-') > 0;
    }
}
