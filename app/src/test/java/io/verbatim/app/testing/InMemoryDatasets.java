package io.verbatim.app.testing;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A dataset repository in memory: the port double for view-model tests. */
public final class InMemoryDatasets implements DatasetRepository {

    private final Map<String, Dataset> datasets = new LinkedHashMap<>();
    private final Map<String, List<String[]>> rows = new LinkedHashMap<>();
    private long nextId = 1;

    /** A tiny survey: region, month, nps (0–10), csat (1–5). */
    public static InMemoryDatasets withSmallSurvey() {
        InMemoryDatasets repository = new InMemoryDatasets();
        List<Column> columns = List.of(
                new Column(0, "region", "region", ValueType.TEXT, null),
                new Column(1, "submitted_at", "submitted_at", ValueType.DATETIME, null),
                new Column(2, "nps", "nps", ValueType.NUMBER, question(MetricRole.NPS, 0, 10)),
                new Column(3, "csat", "csat", ValueType.NUMBER, question(MetricRole.CSAT, 1, 5)),
                new Column(4, "comment", "comment", ValueType.TEXT, null));
        try (DatasetImport load = repository.beginImport(
                new DatasetDraft("small", DatasetKind.SURVEY, columns, "generic", "small.csv"))) {
            String[] regions = {"Москва", "London"};
            for (int i = 0; i < 28; i++) {
                load.append(new String[] {
                    regions[i % 2],
                    "2025-%02d-10 12:00".formatted(1 + i % 3),
                    String.valueOf(i % 11),
                    String.valueOf(1 + i % 5),
                    "comment " + i
                });
            }
            load.commit();
        }
        return repository;
    }

    private static Question question(MetricRole role, int min, int max) {
        return new Question(role, Scale.of(min, max), ScaleDirection.HIGHER_IS_BETTER);
    }

    @Override
    public List<Dataset> datasets() {
        return datasets.values().stream()
                .sorted(Comparator.comparing(Dataset::name))
                .toList();
    }

    @Override
    public Optional<Dataset> dataset(String name) {
        return Optional.ofNullable(datasets.get(name));
    }

    @Override
    public DatasetImport beginImport(DatasetDraft draft) {
        if (datasets.containsKey(draft.name())) {
            throw new StoreException("A dataset named " + draft.name() + " already exists");
        }
        List<String[]> staged = new ArrayList<>();
        return new DatasetImport() {
            @Override
            public void append(String[] cells) {
                staged.add(cells.clone());
            }

            @Override
            public long rows() {
                return staged.size();
            }

            @Override
            public Dataset commit() {
                Dataset dataset = new Dataset(
                        nextId++,
                        draft.name(),
                        draft.kind(),
                        staged.size(),
                        draft.columns(),
                        draft.layout(),
                        draft.source(),
                        Instant.parse("2026-01-01T00:00:00Z"));
                datasets.put(dataset.name(), dataset);
                rows.put(dataset.name(), staged);
                return dataset;
            }

            @Override
            public void close() {
                // uncommitted rows simply go away with this object
            }
        };
    }

    @Override
    public String[] readColumn(Dataset dataset, Column column) {
        return rows.get(dataset.name()).stream().map(r -> r[column.position()]).toArray(String[]::new);
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
        datasets.put(updated.name(), updated);
        return updated;
    }

    @Override
    public void delete(Dataset dataset) {
        datasets.remove(dataset.name());
        rows.remove(dataset.name());
    }
}
