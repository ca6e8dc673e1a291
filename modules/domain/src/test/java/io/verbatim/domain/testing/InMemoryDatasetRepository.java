package io.verbatim.domain.testing;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.ImportRevision;
import io.verbatim.domain.port.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PORT TEST DOUBLE, shared by the modules' tests through the domain's test jar: a {@link DatasetRepository} that keeps
 * rows in memory and records what the last import did. It lets importer, scorer and view-model tests run as pure
 * computation; the real store is tested against H2 files in its own module and end to end in the CLI's tests.
 */
public final class InMemoryDatasetRepository implements DatasetRepository {

    private final Map<String, Dataset> datasets = new LinkedHashMap<>();
    private final Map<String, List<String[]>> rows = new HashMap<>();
    private final List<String[]> staged = new ArrayList<>();
    private DatasetDraft lastDraft;
    private boolean committed;
    private boolean closed;
    private int columnReads;

    /**
     * Starts a survey dataset built column by column. Cells are one string separated by {@code |}, so blanks stay
     * visible: {@code "10|9||N/A"} is four rows, the third blank. Every column must have the same number of cells.
     */
    public Builder survey(String name) {
        return new Builder(name);
    }

    /** The draft of the last {@link #beginImport}, or null when none was begun. */
    public DatasetDraft lastDraft() {
        return lastDraft;
    }

    /** Rows appended by the last import; emptied when it was closed without a commit. */
    public List<String[]> stagedRows() {
        return staged;
    }

    public boolean lastImportCommitted() {
        return committed;
    }

    public boolean lastImportClosed() {
        return closed;
    }

    /** How many times a column was read, to check that callers read each column once. */
    public int columnReads() {
        return columnReads;
    }

    @Override
    public List<Dataset> datasets() {
        return datasets.values().stream()
                .sorted(java.util.Comparator.comparing(Dataset::name))
                .toList();
    }

    @Override
    public Optional<Dataset> dataset(String name) {
        return Optional.ofNullable(datasets.get(name));
    }

    @Override
    public DatasetImport beginImport(DatasetDraft draft) {
        if (datasets.containsKey(draft.name())) {
            throw new StoreException("A dataset named " + draft.name() + " already exists; choose another name");
        }
        lastDraft = draft;
        staged.clear();
        committed = false;
        closed = false;
        return new StagedImport(draft);
    }

    @Override
    public String[] readColumn(Dataset dataset, Column column) {
        columnReads++;
        List<String[]> stored = rows.get(dataset.name());
        if (stored == null) {
            throw new StoreException("no dataset " + dataset.name());
        }
        return stored.stream().map(row -> row[column.position()]).toArray(String[]::new);
    }

    @Override
    public Dataset updateColumn(Dataset dataset, Column column) {
        List<Column> columns = new ArrayList<>(dataset.columns());
        columns.set(column.position(), column);
        Dataset updated = new Dataset(
                dataset.id(),
                dataset.name(),
                dataset.kind(),
                dataset.rows(),
                columns,
                dataset.layout(),
                dataset.source(),
                dataset.importedAt());
        datasets.put(dataset.name(), updated);
        return updated;
    }

    @Override
    public void delete(Dataset dataset) {
        datasets.remove(dataset.name());
        rows.remove(dataset.name());
    }

    private Dataset store(DatasetDraft draft, List<String[]> dataRows, Instant at) {
        Dataset dataset = new Dataset(
                datasets.size() + 1L,
                draft.name(),
                draft.kind(),
                dataRows.size(),
                draft.columns(),
                draft.layout(),
                draft.source(),
                at);
        datasets.put(draft.name(), dataset);
        rows.put(draft.name(), List.copyOf(dataRows));
        return dataset;
    }

    private final class StagedImport implements DatasetImport {
        private final DatasetDraft draft;

        StagedImport(DatasetDraft draft) {
            this.draft = draft;
        }

        @Override
        public void append(String[] cells) {
            if (cells.length != draft.columns().size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells, the draft "
                        + draft.columns().size());
            }
            staged.add(cells.clone());
        }

        @Override
        public long rows() {
            return staged.size();
        }

        @Override
        public Dataset commit(ImportRevision revision) {
            DatasetDraft finalDraft = draft;
            if (revision != null) {
                revision.requireSameShape(draft.columns());
                revision.rewrites().forEach((position, rewrite) -> {
                    for (String[] row : staged) {
                        row[position] = rewrite.apply(row[position]);
                    }
                });
                finalDraft = new DatasetDraft(
                        draft.name(), draft.kind(), revision.columns(), draft.layout(), draft.source());
                lastDraft = finalDraft;
            }
            committed = true;
            return store(finalDraft, staged, Instant.EPOCH);
        }

        @Override
        public void close() {
            closed = true;
            if (!committed) {
                staged.clear();
            }
        }
    }

    /** Builds a committed survey dataset column by column. */
    public final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<String[]> values = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder question(String key, String label, Question question, String cells) {
            return add(new Column(columns.size(), key, label, ValueType.NUMBER, question), cells);
        }

        public Builder text(String key, String cells) {
            return add(new Column(columns.size(), key, key, ValueType.TEXT, null), cells);
        }

        public Builder dates(String key, String cells) {
            return add(new Column(columns.size(), key, key, ValueType.DATETIME, null), cells);
        }

        public Dataset build() {
            int rowCount = values.isEmpty() ? 0 : values.getFirst().length;
            List<String[]> dataRows = new ArrayList<>(rowCount);
            for (int r = 0; r < rowCount; r++) {
                String[] row = new String[values.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = values.get(c)[r];
                }
                dataRows.add(row);
            }
            DatasetDraft draft = new DatasetDraft(name, DatasetKind.SURVEY, columns, "generic", name + ".csv");
            return store(draft, dataRows, Instant.parse("2025-01-01T00:00:00Z"));
        }

        private Builder add(Column column, String joined) {
            String[] cells = joined.split("\\|", -1);
            if (!values.isEmpty() && cells.length != values.getFirst().length) {
                throw new IllegalArgumentException(
                        column.key() + " has " + cells.length + " cells, not " + values.getFirst().length);
            }
            columns.add(column);
            values.add(cells);
            return this;
        }
    }
}
