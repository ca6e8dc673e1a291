package io.verbatim.analytics.score;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test double of the store port holding columns in memory, so scoring is tested as pure computation. The real store
 * is tested against H2 in its own module.
 */
final class InMemoryDatasetRepository implements DatasetRepository {

    private final Map<String, Dataset> datasets = new LinkedHashMap<>();
    private final Map<String, String[]> cells = new HashMap<>();
    private int reads;

    /**
     * Starts a dataset. Cells are written as one string separated by {@code |}, so blanks stay visible:
     * {@code "10|9||N/A"} is four rows, the third blank. Every column must have the same number of cells.
     */
    Builder survey(String name) {
        return new Builder(name);
    }

    int reads() {
        return reads;
    }

    @Override
    public List<Dataset> datasets() {
        return List.copyOf(datasets.values());
    }

    @Override
    public Optional<Dataset> dataset(String name) {
        return Optional.ofNullable(datasets.get(name));
    }

    @Override
    public String[] readColumn(Dataset dataset, Column column) {
        reads++;
        return cells.get(dataset.name() + "/" + column.key()).clone();
    }

    @Override
    public DatasetImport beginImport(DatasetDraft draft) {
        throw new UnsupportedOperationException("imports are tested in the store module");
    }

    @Override
    public Dataset updateColumn(Dataset dataset, Column column) {
        throw new UnsupportedOperationException("not needed for scoring");
    }

    @Override
    public void delete(Dataset dataset) {
        datasets.remove(dataset.name());
    }

    final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private int rows = -1;

        private Builder(String name) {
            this.name = name;
        }

        Builder question(String key, String label, Question question, String values) {
            return add(new Column(columns.size(), key, label, ValueType.NUMBER, question), values);
        }

        Builder text(String key, String values) {
            return add(new Column(columns.size(), key, key, ValueType.TEXT, null), values);
        }

        Builder dates(String key, String values) {
            return add(new Column(columns.size(), key, key, ValueType.DATETIME, null), values);
        }

        Dataset build() {
            Dataset dataset = new Dataset(
                    datasets.size() + 1L,
                    name,
                    DatasetKind.SURVEY,
                    Math.max(rows, 0),
                    columns,
                    "generic",
                    name + ".csv",
                    Instant.parse("2025-01-01T00:00:00Z"));
            datasets.put(name, dataset);
            return dataset;
        }

        private Builder add(Column column, String joined) {
            String[] values = joined.split("\\|", -1);
            if (rows >= 0 && values.length != rows) {
                throw new IllegalArgumentException(column.key() + " has " + values.length + " cells, not " + rows);
            }
            rows = values.length;
            columns.add(column);
            cells.put(name + "/" + column.key(), values.clone());
            return this;
        }
    }
}
