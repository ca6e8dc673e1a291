package io.verbatim.ingest.json;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A committed dataset read back as rows of column key → cell, for assertions. */
public final class ImportedRows {

    private ImportedRows() {}

    public static List<Map<String, String>> of(DatasetRepository repository, Dataset dataset) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 0; r < dataset.rows(); r++) {
            rows.add(new LinkedHashMap<>());
        }
        for (Column column : dataset.columns()) {
            String[] cells = repository.readColumn(dataset, column);
            for (int r = 0; r < cells.length; r++) {
                rows.get(r).put(column.key(), cells[r]);
            }
        }
        return rows;
    }

    /** Rows by the value of {@code key} (the last row wins for a repeated value). */
    public static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String key) {
        Map<String, Map<String, String>> index = new LinkedHashMap<>();
        rows.forEach(row -> index.put(row.get(key), row));
        return index;
    }
}
