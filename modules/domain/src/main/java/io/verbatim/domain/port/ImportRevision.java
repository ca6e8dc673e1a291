package io.verbatim.domain.port;

import io.verbatim.domain.dataset.Column;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What an importer learns only after it has seen every row, applied when the import commits: the columns' final types
 * and questions, and a rewrite of every stored value of some columns (dates written the way the whole column turned
 * out to be formatted). It lets an import read its file once, storing rows while it profiles them, instead of a
 * profiling pass and a loading pass.
 *
 * @param columns the final columns: same count, positions and keys as the draft's; types, labels and questions may
 *     differ
 * @param rewrites column position → the function every value of that column is replaced by; it must map a blank to a
 *     blank, be a pure function of the value (it is applied to each distinct value once) and be safe to call from
 *     several threads
 */
public record ImportRevision(List<Column> columns, Map<Integer, UnaryOperator<String>> rewrites) {

    public ImportRevision {
        columns = List.copyOf(columns);
        rewrites = Map.copyOf(rewrites);
        for (Integer position : rewrites.keySet()) {
            if (position < 0 || position >= columns.size()) {
                throw new IllegalArgumentException("No column at position " + position + " to rewrite");
            }
        }
    }

    /** Final columns and no value rewrites. */
    public static ImportRevision of(List<Column> columns) {
        return new ImportRevision(columns, Map.of());
    }

    /**
     * Checks that {@code draft} columns and the revised ones name the same columns in the same places.
     *
     * @throws IllegalArgumentException when a column was added, dropped, moved or renamed
     */
    public void requireSameShape(List<Column> draft) {
        if (draft.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "The import has " + draft.size() + " columns, its revision " + columns.size());
        }
        for (int i = 0; i < draft.size(); i++) {
            Column before = draft.get(i);
            Column after = columns.get(i);
            if (after.position() != i || !Objects.equals(before.key(), after.key())) {
                throw new IllegalArgumentException("Column " + i + " is '" + before.key() + "' in the import but '"
                        + after.key() + "' at " + after.position() + " in its revision");
            }
        }
    }
}
