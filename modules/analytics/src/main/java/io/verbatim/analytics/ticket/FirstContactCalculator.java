package io.verbatim.analytics.ticket;

import java.util.ArrayList;
import java.util.List;

/**
 * One-touch / first-contact resolution among resolved tickets, by the profile's rule (METRICS.md): Zendesk one-touch
 * (fewer than 2 agent replies), Intercom closed once (never reopened), or custom (both). A dataset without the column
 * a rule needs is refused with the column's name.
 */
final class FirstContactCalculator {

    private FirstContactCalculator() {}

    static RateResult compute(TicketTable table, KpiRequest request) {
        KpiProfile profile = request.profile();
        boolean needsReplies = profile != KpiProfile.INTERCOM;
        boolean needsReopens = profile != KpiProfile.ZENDESK;
        String why = "the " + profile.wireName()
                + " profile's first-contact rule needs it (Zendesk ticket metrics carry" + " replies and reopens)";
        double[] replies = needsReplies ? ResolvedTickets.numbers(table, "replies", why) : null;
        double[] reopens = needsReopens ? ResolvedTickets.numbers(table, "reopens", why) : null;
        boolean[] resolved = ResolvedTickets.of(table);
        String[] labels = Groups.labels(table, request.by());
        RateCounter counter = new RateCounter(Groups.rows(labels, table.rows()).keySet(), profile.wireName());
        long open = 0;
        long unknown = 0;
        for (int row = 0; row < table.rows(); row++) {
            if (!resolved[row]) {
                open++;
            } else if ((replies != null && Double.isNaN(replies[row]))
                    || (reopens != null && Double.isNaN(reopens[row]))) {
                unknown++;
            } else {
                boolean oneTouch = (replies == null || replies[row] < 2) && (reopens == null || reopens[row] == 0);
                counter.add(labels == null ? null : labels[row], oneTouch);
            }
        }
        List<String> definition = List.of(
                "first-contact resolution = " + profile.fcrRule() + ", out of resolved tickets",
                ResolvedTickets.rule(table),
                "rate with a Wilson 95% interval",
                "profile " + profile.wireName());
        List<String> notes = new ArrayList<>();
        DurationCalculator.addCount(notes, open, "not resolved, left out");
        DurationCalculator.addCount(
                notes,
                unknown,
                "resolved but without "
                        + (needsReplies && needsReopens ? "replies or reopens" : needsReplies ? "replies" : "reopens")
                        + ", left out");
        return new RateResult(DurationCalculator.header(table, request, definition, notes), counter.rows());
    }
}
