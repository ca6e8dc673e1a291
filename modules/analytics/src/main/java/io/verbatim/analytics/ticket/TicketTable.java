package io.verbatim.analytics.ticket;

import java.util.Map;
import java.util.Optional;

/**
 * The columns of a ticket dataset a KPI may read, as stored: one text cell per row, blanks empty, times ISO-8601.
 * The caller (the command line, a view-model) reads them from the workspace; analytics never touches storage.
 *
 * @param dataset the dataset's name, for messages and headers
 * @param rows the number of rows every column has
 * @param cells the cells by column key ({@code created_at}, {@code priority}, or any other column a request names)
 * @param labels the columns' labels by key (the export's header, which for stated durations names the tool's clock)
 */
public record TicketTable(String dataset, int rows, Map<String, String[]> cells, Map<String, String> labels) {

    public TicketTable {
        cells = Map.copyOf(cells);
        labels = Map.copyOf(labels);
        for (Map.Entry<String, String[]> column : cells.entrySet()) {
            if (column.getValue().length != rows) {
                throw new IllegalArgumentException("column " + column.getKey() + " has " + column.getValue().length
                        + " cells for " + rows + " rows");
            }
        }
    }

    /** The column's cells, or empty when the dataset has no such column. */
    public Optional<String[]> column(String key) {
        return Optional.ofNullable(cells.get(key));
    }

    public boolean has(String key) {
        return cells.containsKey(key);
    }

    /** True when the column exists and has at least one non-blank cell. */
    public boolean hasValues(String key) {
        String[] column = cells.get(key);
        if (column == null) {
            return false;
        }
        for (String cell : column) {
            if (!cell.isBlank()) {
                return true;
            }
        }
        return false;
    }

    public String label(String key) {
        return labels.getOrDefault(key, key);
    }
}
