package io.verbatim.analytics.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeat contacts within a window (METRICS.md, both variants): a ticket is a repeat when its requester opened another
 * ticket no more than the window before it. Ticket-based rate = repeat tickets / tickets; customer-based rate =
 * requesters with at least one repeat / requesters.
 */
final class RepeatContactCalculator {

    private RepeatContactCalculator() {}

    static RateResult compute(TicketTable table, KpiRequest request) {
        List<String> missing = new ArrayList<>();
        for (String key : List.of("requester", DurationCalculator.CREATED)) {
            if (!table.hasValues(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new KpiException("dataset " + table.dataset() + " has no " + String.join(" or ", missing)
                    + " values; repeat contacts are found by requester and creation time");
        }
        String[] requester = table.column("requester").orElseThrow();
        Instant[] created = TicketTimes.read(
                table, DurationCalculator.CREATED, request.calendar().zone());
        Duration window = request.window();
        Map<String, List<Integer>> byRequester = new HashMap<>();
        long leftOut = 0;
        for (int row = 0; row < table.rows(); row++) {
            if (requester[row].isBlank() || created[row] == null) {
                leftOut++;
            } else {
                byRequester
                        .computeIfAbsent(requester[row].strip(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        boolean[] repeat = new boolean[table.rows()];
        for (List<Integer> rows : byRequester.values()) {
            rows.sort(Comparator.comparing((Integer r) -> created[r]).thenComparing(r -> r));
            for (int i = 1; i < rows.size(); i++) {
                Duration gap = Duration.between(created[rows.get(i - 1)], created[rows.get(i)]);
                repeat[rows.get(i)] = gap.compareTo(window) <= 0;
            }
        }
        String[] labels = Groups.labels(table, request.by());
        Iterable<String> groups = Groups.rows(labels, table.rows()).keySet();
        RateCounter tickets = new RateCounter(groups, "ticket-based");
        Map<String, Map<String, Boolean>> customers = new LinkedHashMap<>();
        groups.forEach(g -> customers.put(g, new LinkedHashMap<>()));
        byRequester.forEach((who, rows) -> {
            for (int row : rows) {
                String group = labels == null ? null : labels[row];
                tickets.add(group, repeat[row]);
                customers.get(Groups.ALL).merge(who, repeat[row], Boolean::logicalOr);
                if (group != null) {
                    customers.get(group).merge(who, repeat[row], Boolean::logicalOr);
                }
            }
        });
        List<RateRow> rows = new ArrayList<>();
        List<RateRow> ticketRows = tickets.rows();
        int i = 0;
        for (Map.Entry<String, Map<String, Boolean>> group : customers.entrySet()) {
            long hits = group.getValue().values().stream().filter(b -> b).count();
            rows.add(ticketRows.get(i++));
            rows.add(RateRow.of(
                    group.getKey(), "customer-based", hits, group.getValue().size(), Map.of()));
        }
        List<String> definition = List.of(
                "repeat contact = a ticket whose requester opened another ticket at most " + text(window)
                        + " before it (created_at, same requester value)",
                "ticket-based = repeat tickets / tickets; customer-based = requesters with a repeat / requesters;"
                        + " Wilson 95% intervals",
                "with a breakdown a repeat counts in the later ticket's group; the earlier contact may be in any group",
                "profile " + request.profile().wireName());
        List<String> notes = new ArrayList<>();
        DurationCalculator.addCount(notes, leftOut, "without requester or created_at, left out");
        return new RateResult(DurationCalculator.header(table, request, definition, notes), rows);
    }

    static String text(Duration window) {
        long hours = window.toHours();
        if (window.equals(Duration.ofHours(hours))) {
            return hours % 24 == 0 ? hours / 24 + "d" : hours + "h";
        }
        return window.toMinutes() + "m";
    }
}
