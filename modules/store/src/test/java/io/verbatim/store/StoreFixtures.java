package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drafts and row counts shared by the store tests. */
final class StoreFixtures {

    static final List<String> TABLES = List.of("dataset", "dataset_column", "scale_label", "column_chunk");

    private StoreFixtures() {}

    /** A survey with an id, a Cyrillic comment, a labelled 0..10 NPS question and a region. */
    static DatasetDraft surveyDraft(String name) {
        Question nps = new Question(
                MetricRole.NPS,
                new Scale(0, 10, Map.of("Extremely likely", 10, "Not at all likely", 0)),
                ScaleDirection.HIGHER_IS_BETTER);
        return new DatasetDraft(
                name,
                DatasetKind.SURVEY,
                List.of(
                        new Column(0, "id", "Response ID", ValueType.TEXT, null),
                        new Column(1, "comment", "Комментарий", ValueType.TEXT, null),
                        new Column(2, "Q1", "How likely are you to recommend us?", ValueType.NUMBER, nps),
                        new Column(3, "region", "Регион", ValueType.TEXT, null)),
                "qualtrics",
                "wave-1.csv");
    }

    /** Imports {@code rows} generated rows of {@link #surveyDraft} and commits them. */
    static void importSurvey(DatasetRepository repository, String name, int rows) {
        try (DatasetImport running = repository.beginImport(surveyDraft(name))) {
            String[] cells = new String[4];
            for (int i = 0; i < rows; i++) {
                surveyRow(i, cells);
                running.append(cells);
            }
            running.commit();
        }
    }

    /** Row {@code i} of the generated survey, written into a reused array the way a reader would. */
    static void surveyRow(int i, String[] cells) {
        cells[0] = "R_" + i;
        cells[1] = i % 3 == 0 ? "" : "Отличный сервис №" + (i % 50);
        cells[2] = Integer.toString(i % 11);
        cells[3] = i % 2 == 0 ? "Москва" : "North";
    }

    /** Rows in each table of a closed workspace, read straight from its database. */
    static Map<String, Long> tableCounts(Path directory) {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(directory)) {
            return database.inTransaction("count rows", c -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String table : TABLES) {
                    try (Statement count = c.createStatement();
                            ResultSet result = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        result.next();
                        counts.put(table, result.getLong(1));
                    }
                }
                return counts;
            });
        }
    }

    static Map<String, Long> emptyTables() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, 0L));
        return counts;
    }
}
