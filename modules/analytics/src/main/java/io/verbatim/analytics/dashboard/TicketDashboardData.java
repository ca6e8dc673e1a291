package io.verbatim.analytics.dashboard;

import io.verbatim.analytics.ticket.TicketTable;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the columns a ticket or mention dashboard needs from the workspace, once per dataset: the canonical columns,
 * the further columns ticket KPIs read when an export has them (Zendesk ticket metrics), and the segment columns the
 * filter bar offers. Runs inside a job.
 */
public final class TicketDashboardData {

    /** Columns besides the canonical ones that ticket KPIs read when an export has them (as {@code verbatim kpi}). */
    static final List<String> TICKET_EXTRA = List.of(
            "replies",
            "reopens",
            "first_reply_business_minutes",
            "resolution_business_minutes",
            "requester_wait_minutes",
            "requester_wait_business_minutes",
            "agent_wait_minutes",
            "agent_wait_business_minutes",
            "on_hold_minutes",
            "on_hold_business_minutes");

    private TicketDashboardData() {}

    /** The ticket table with its canonical columns and {@code segments}. */
    public static TicketTable tickets(
            DatasetRepository repository, Dataset dataset, List<String> segments, JobContext context) {
        Set<String> keys = new LinkedHashSet<>();
        for (TicketField field : TicketField.values()) {
            keys.add(field.key());
        }
        keys.addAll(TICKET_EXTRA);
        keys.addAll(segments);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String[]> cells = read(repository, dataset, keys, labels, context);
        return new TicketTable(dataset.name(), Math.toIntExact(dataset.rows()), cells, labels);
    }

    /** The mention columns and {@code segments}, by key. */
    public static Map<String, String[]> mentions(
            DatasetRepository repository, Dataset dataset, List<String> segments, JobContext context) {
        Set<String> keys = new LinkedHashSet<>();
        for (MentionField field : MentionField.values()) {
            keys.add(field.key());
        }
        keys.addAll(segments);
        return read(repository, dataset, keys, new LinkedHashMap<>(), context);
    }

    private static Map<String, String[]> read(
            DatasetRepository repository,
            Dataset dataset,
            Set<String> keys,
            Map<String, String> labels,
            JobContext context) {
        Map<String, String[]> cells = new LinkedHashMap<>();
        for (Column column : dataset.columns()) {
            if (keys.contains(column.key())) {
                context.checkCancelled();
                String[] values = repository.readColumn(dataset, column);
                for (int row = 0; row < values.length; row++) {
                    if (values[row] == null) {
                        values[row] = "";
                    }
                }
                cells.put(column.key(), values);
                labels.put(column.key(), column.label());
            }
        }
        return cells;
    }
}
