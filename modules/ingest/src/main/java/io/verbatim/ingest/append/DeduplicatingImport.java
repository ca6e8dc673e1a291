package io.verbatim.ingest.append;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.ImportRevision;
import io.verbatim.ingest.ImportException;
import java.nio.file.Path;
import java.util.List;

/**
 * A wave's rows on their way into a dataset: rows the dataset already has are counted and dropped, the rest go to the
 * store's append. Before the commit it refuses a column whose values changed type (a rating now holding text), since
 * the dataset keeps one type per column; a column the wave leaves blank never conflicts.
 */
final class DeduplicatingImport implements DatasetImport {

    private final DatasetImport target;
    private final DuplicateFilter.Pass filter;
    private final Dataset dataset;
    private final List<Column> draft;
    private final Path file;
    private final boolean[] hasValues;
    private long skipped;

    DeduplicatingImport(
            DatasetImport target, DuplicateFilter.Pass filter, Dataset dataset, List<Column> draft, Path file) {
        this.target = target;
        this.filter = filter;
        this.dataset = dataset;
        this.draft = draft;
        this.file = file;
        this.hasValues = new boolean[draft.size()];
    }

    @Override
    public void append(String[] cells) {
        if (!filter.admit(cells)) {
            skipped++;
            return;
        }
        for (int i = 0; i < cells.length; i++) {
            if (!hasValues[i] && cells[i] != null && !cells[i].isBlank()) {
                hasValues[i] = true;
            }
        }
        target.append(cells);
    }

    /** Rows appended, duplicates not counted. */
    @Override
    public long rows() {
        return target.rows();
    }

    long skipped() {
        return skipped;
    }

    @Override
    public Dataset commit(ImportRevision revision) {
        List<Column> finalColumns = revision == null ? draft : revision.columns();
        for (Column column : finalColumns) {
            for (Column existing : dataset.columns()) {
                if (existing.key().equalsIgnoreCase(column.key()) && conflicts(existing, column)) {
                    throw new ImportException(
                            file,
                            0,
                            0,
                            "column '%s' holds %s in dataset '%s' but %s in this file; fix the file or import it as a new dataset"
                                    .formatted(
                                            existing.key(),
                                            words(existing.type()),
                                            dataset.name(),
                                            words(column.type())));
                }
            }
        }
        return target.commit(revision);
    }

    private boolean conflicts(Column existing, Column incoming) {
        return existing.type() != ValueType.TEXT
                && incoming.type() != existing.type()
                && hasValues[incoming.position()];
    }

    private static String words(ValueType type) {
        return switch (type) {
            case NUMBER -> "numbers";
            case DATETIME -> "dates";
            case TEXT -> "text";
        };
    }

    @Override
    public void close() {
        target.close();
    }
}
