package io.verbatim.domain.dataset;

import java.util.List;

/**
 * What an importer knows about a dataset before its rows are loaded.
 *
 * @param name the dataset name to create
 * @param kind survey, tickets, ...
 * @param columns the columns, positions 0..n-1
 * @param layout the detected source layout
 * @param source the source file name
 */
public record DatasetDraft(String name, DatasetKind kind, List<Column> columns, String layout, String source) {

    public DatasetDraft {
        columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).position() != i) {
                throw new IllegalArgumentException("Column " + columns.get(i).key() + " is at position "
                        + columns.get(i).position() + ", expected " + i);
            }
        }
    }
}
