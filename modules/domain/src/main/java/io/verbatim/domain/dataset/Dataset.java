package io.verbatim.domain.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A complete, visible dataset of a workspace.
 *
 * @param id store identity
 * @param name unique name in the workspace
 * @param kind survey, tickets, ...
 * @param rows number of rows (records), excluding preview/test rows that were filtered out
 * @param columns its columns, in position order
 * @param layout the detected source layout, e.g. {@code qualtrics}, {@code surveymonkey}, {@code generic}
 * @param source the file name it was imported from
 * @param importedAt when the import was committed
 */
public record Dataset(
        long id,
        String name,
        DatasetKind kind,
        long rows,
        List<Column> columns,
        String layout,
        String source,
        Instant importedAt) {

    public Dataset {
        columns = List.copyOf(columns);
    }

    /** The column named by key or label (case-insensitive). */
    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.isNamed(name)).findFirst();
    }

    /** Rating questions with the given role, in position order. */
    public List<Column> questions(MetricRole role) {
        return columns.stream().filter(c -> c.hasRole(role)).toList();
    }
}
