package io.verbatim.analytics.ticket;

import java.util.ArrayList;
import java.util.List;

/** Reopen rate: tickets reopened at least once out of tickets with a reopen count (Zendesk ticket metrics). */
final class ReopenCalculator {

    private ReopenCalculator() {}

    static RateResult compute(TicketTable table, KpiRequest request) {
        double[] reopens = ResolvedTickets.numbers(
                table, "reopens", "the reopen rate counts it (Zendesk ticket metrics" + " carry it)");
        String[] labels = Groups.labels(table, request.by());
        RateCounter counter = new RateCounter(Groups.rows(labels, table.rows()).keySet(), "reopened");
        long blank = 0;
        for (int row = 0; row < table.rows(); row++) {
            if (Double.isNaN(reopens[row])) {
                blank++;
            } else {
                counter.add(labels == null ? null : labels[row], reopens[row] > 0);
            }
        }
        List<String> definition = List.of(
                "reopen rate = tickets with reopens ≥ 1 / tickets with a reopens count, whatever their status",
                "rate with a Wilson 95% interval",
                "profile " + request.profile().wireName());
        List<String> notes = new ArrayList<>();
        DurationCalculator.addCount(notes, blank, "without a reopens count, left out");
        return new RateResult(DurationCalculator.header(table, request, definition, notes), counter.rows());
    }
}
