package io.verbatim.cli;

import io.verbatim.analytics.ticket.TicketTable;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.store.Workspace;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the columns a ticket KPI may need from the workspace into a {@link TicketTable}. */
final class TicketColumns {

    /** Columns besides the canonical ones that KPIs read when an export has them (Zendesk ticket metrics). */
    private static final List<String> EXTRA = List.of(
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

    private TicketColumns() {}

    /** The key of the column a user named by key or label. */
    static String key(Dataset dataset, String name, String option) {
        if (name == null) {
            return null;
        }
        return dataset.column(name.strip())
                .map(Column::key)
                .orElseThrow(() -> new UserInputException(option + ": dataset " + dataset.name() + " has no column '"
                        + name + "'; run 'verbatim datasets' to see its columns"));
    }

    static TicketTable read(Workspace workspace, Dataset dataset, List<String> named) {
        if (dataset.kind() != DatasetKind.TICKETS) {
            throw new UserInputException(
                    "dataset " + dataset.name() + " holds " + dataset.kind().wireName()
                            + ", not tickets; kpi needs a ticket dataset (import it with --kind tickets)");
        }
        Set<String> keys = new LinkedHashSet<>();
        for (TicketField field : TicketField.values()) {
            keys.add(field.key());
        }
        keys.addAll(EXTRA);
        keys.addAll(named);
        Map<String, String[]> cells = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Column column : dataset.columns()) {
            if (keys.contains(column.key())) {
                cells.put(column.key(), workspace.datasets().readColumn(dataset, column));
                labels.put(column.key(), column.label());
            }
        }
        return new TicketTable(dataset.name(), Math.toIntExact(dataset.rows()), cells, labels);
    }
}
