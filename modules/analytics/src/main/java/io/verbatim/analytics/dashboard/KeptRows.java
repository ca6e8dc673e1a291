package io.verbatim.analytics.dashboard;

import io.verbatim.analytics.score.GroupOrder;
import io.verbatim.analytics.score.ScoreException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a ticket or mention dataset that {@link DashboardFilters} keep: each filtered segment column must hold
 * one of its kept values (a blank cell is {@value GroupOrder#BLANK}), and with a period the row's day (creation or
 * publication, as the export wrote it) must lie in it; a row without a readable day is then left out. Survey
 * dashboards filter in the cube; tickets and mentions are read whole and filtered here, then measured by the same
 * calculators {@code verbatim kpi} and {@code verbatim mentions} use.
 */
final class KeptRows {

    private KeptRows() {}

    /** Row indices kept, ascending. {@code cells} holds every column the filters name. */
    static int[] of(DashboardFilters filters, Map<String, String[]> cells, LocalDate[] days, int rows) {
        int[] kept = new int[rows];
        int count = 0;
        for (int row = 0; row < rows; row++) {
            if (keeps(filters, cells, days, row)) {
                kept[count++] = row;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    private static boolean keeps(DashboardFilters filters, Map<String, String[]> cells, LocalDate[] days, int row) {
        for (Map.Entry<String, Set<String>> segment : filters.segments().entrySet()) {
            String[] column = cells.get(segment.getKey());
            if (column == null) {
                throw new ScoreException("the dataset has no column '" + segment.getKey() + "' to filter by");
            }
            String cell = column[row] == null ? "" : column[row].strip();
            if (!segment.getValue().contains(cell.isEmpty() ? GroupOrder.BLANK : cell)) {
                return false;
            }
        }
        if (filters.from() == null && filters.to() == null) {
            return true;
        }
        LocalDate day = days[row];
        return day != null
                && (filters.from() == null || !day.isBefore(filters.from()))
                && (filters.to() == null || day.isBefore(filters.to()));
    }

    /** The cells of the kept rows, in order. */
    static String[] pick(String[] cells, int[] kept) {
        String[] picked = new String[kept.length];
        for (int i = 0; i < kept.length; i++) {
            picked[i] = cells[kept[i]];
        }
        return picked;
    }

    /** The day of each cell as written (an offset time keeps its own date), null when blank or unreadable. */
    static LocalDate[] days(String[] cells) {
        LocalDate[] days = new LocalDate[cells.length];
        for (int row = 0; row < cells.length; row++) {
            days[row] = day(cells[row]);
        }
        return days;
    }

    static LocalDate day(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String text = cell.strip();
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            // not an offset time; try a local one
        }
        try {
            return LocalDateTime.parse(text.replace(' ', 'T')).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a local time either
        }
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
