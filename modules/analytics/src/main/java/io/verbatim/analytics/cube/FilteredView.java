package io.verbatim.analytics.cube;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A dataset with only the rows a filter keeps, seen through the ordinary repository port, so that every calculator
 * (weighting, highlights, comparisons, drivers) answers for a segment without knowing about filters. Read-only: it
 * cannot import, change or delete anything.
 */
public final class FilteredView implements DatasetRepository {

    private final DatasetRepository source;
    private final Dataset original;
    private final Dataset filtered;
    private final BitSet kept;

    FilteredView(DatasetRepository source, Dataset original, BitSet kept) {
        this.source = source;
        this.original = original;
        this.kept = kept;
        this.filtered = new Dataset(
                original.id(),
                original.name(),
                original.kind(),
                kept.cardinality(),
                original.columns(),
                original.layout(),
                original.source(),
                original.importedAt());
    }

    /** The dataset as the filter leaves it: the same columns, fewer rows. */
    public Dataset dataset() {
        return filtered;
    }

    @Override
    public List<Dataset> datasets() {
        return List.of(filtered);
    }

    @Override
    public Optional<Dataset> dataset(String name) {
        return filtered.name().equals(name) ? Optional.of(filtered) : Optional.empty();
    }

    @Override
    public String[] readColumn(Dataset dataset, Column column) {
        if (dataset.id() != original.id()) {
            throw new IllegalArgumentException(
                    "this view holds dataset " + original.name() + ", not " + dataset.name());
        }
        String[] all = source.readColumn(original, column);
        String[] rows = new String[kept.cardinality()];
        int at = 0;
        for (int row = kept.nextSetBit(0); row >= 0; row = kept.nextSetBit(row + 1)) {
            rows[at++] = all[row];
        }
        return rows;
    }

    @Override
    public DatasetImport beginImport(DatasetDraft draft) {
        throw readOnly();
    }

    @Override
    public Dataset updateColumn(Dataset dataset, Column column) {
        throw readOnly();
    }

    @Override
    public void delete(Dataset dataset) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a filtered view of a dataset is read-only");
    }
}
