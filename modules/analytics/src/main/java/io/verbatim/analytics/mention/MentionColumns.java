package io.verbatim.analytics.mention;

import io.verbatim.domain.dataset.MentionField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical columns of one mention dataset as read from the workspace: one cell per row, blanks as {@code ""}.
 * A column the export did not have is absent, and a metric that needs it says so instead of treating it as blank.
 */
public final class MentionColumns {

    private final String dataset;
    private final int rows;
    private final Map<MentionField, String[]> cells;

    /**
     * @param dataset the dataset's name, for messages
     * @param rows number of mentions
     * @param cells the columns the dataset has, each with {@code rows} cells
     */
    public MentionColumns(String dataset, int rows, Map<MentionField, String[]> cells) {
        this.dataset = dataset;
        this.rows = rows;
        this.cells = new EnumMap<>(MentionField.class);
        cells.forEach((field, column) -> {
            if (column.length != rows) {
                throw new IllegalArgumentException(
                        field.key() + " has " + column.length + " cells for " + rows + " mentions");
            }
            this.cells.put(field, column);
        });
    }

    public String dataset() {
        return dataset;
    }

    public int rows() {
        return rows;
    }

    public boolean has(MentionField field) {
        return cells.containsKey(field);
    }

    public Optional<String[]> optional(MentionField field) {
        return Optional.ofNullable(cells.get(field));
    }

    /**
     * The column's cells.
     *
     * @param purpose what needs it, for the message ("volume by period")
     * @throws MentionException when the dataset has no such column
     */
    public String[] require(MentionField field, String purpose) {
        String[] column = cells.get(field);
        if (column == null) {
            throw new MentionException("dataset " + dataset + " has no " + field.key() + " column, and " + purpose
                    + " needs one; re-import it with that column mapped");
        }
        return column;
    }
}
