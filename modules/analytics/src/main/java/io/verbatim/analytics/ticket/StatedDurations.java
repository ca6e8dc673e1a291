package io.verbatim.analytics.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Durations the export states in minutes (ADR 0020): used as the tool measured them. The clock is the tool's and is
 * named by the column's label; nothing is recomputed on our calendar, because a duration has no start time to place.
 */
final class StatedDurations {

    private StatedDurations() {}

    static DurationResult compute(TicketTable table, KpiRequest request, String key, String businessKey) {
        String[] labels = Groups.labels(table, request.by());
        boolean business = table.hasValues(businessKey);
        List<String> clocks = business
                ? List.of(DurationCalculator.STATED, DurationCalculator.STATED_BUSINESS)
                : List.of(DurationCalculator.STATED);
        Samples samples = new Samples(Groups.rows(labels, table.rows()).keySet(), clocks);
        long blank = collect(table, key, labels, samples, DurationCalculator.STATED);
        if (business) {
            collect(table, businessKey, labels, samples, DurationCalculator.STATED_BUSINESS);
        }
        List<String> definition = new ArrayList<>();
        definition.add(request.metric().title().toLowerCase(Locale.ROOT) + " per ticket = the duration the export"
                + " states in " + key + " (\"" + table.label(key) + "\"); the dataset has no times to recompute it");
        definition.add("clock: the tool's, as that label says; business time on our calendar is not recomputed from a"
                + " stated duration");
        if (business) {
            definition.add("stated business = " + businessKey + " (\"" + table.label(businessKey)
                    + "\"), on the tool's own schedule");
        }
        definition.add("profile " + request.profile().wireName() + ": headline statistic "
                + request.profile().headline());
        definition.add(DurationStats.PERCENTILE_RULE);
        List<String> notes = new ArrayList<>();
        DurationCalculator.addCount(notes, blank, "without a stated " + key + " left out");
        return new DurationResult(DurationCalculator.header(table, request, definition, notes), samples.rows());
    }

    /** Adds the column's minutes to {@code clock}; returns how many cells were blank; refuses text and negatives. */
    static long collect(TicketTable table, String key, String[] labels, Samples samples, String clock) {
        String[] cells = table.column(key).orElseThrow();
        long blank = 0;
        for (int row = 0; row < cells.length; row++) {
            String cell = cells[row].strip();
            if (cell.isEmpty()) {
                blank++;
                continue;
            }
            try {
                double minutes = Double.parseDouble(cell);
                if (minutes < 0 || Double.isNaN(minutes)) {
                    throw new NumberFormatException(cell);
                }
                samples.add(labels, row, clock, minutes);
            } catch (NumberFormatException e) {
                throw new KpiException("dataset " + table.dataset() + ", row " + (row + 1) + ", column " + key + ": '"
                        + cell + "' is not a number of minutes");
            }
        }
        return blank;
    }
}
