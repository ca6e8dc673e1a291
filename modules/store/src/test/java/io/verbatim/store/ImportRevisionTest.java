package io.verbatim.store;

import static io.verbatim.store.StoreFixtures.emptyTables;
import static io.verbatim.store.StoreFixtures.surveyDraft;
import static io.verbatim.store.StoreFixtures.tableCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.ImportRevision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-pass import stores rows under provisional columns and fixes types and values when it commits. */
class ImportRevisionTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheColumnsAndRewritesEveryValueAcrossChunks() {
        int rows = ChunkedColumnWriter.DEFAULT_CHUNK_ROWS * 2 + 17;
        List<Column> revised = new ArrayList<>(surveyDraft("w").columns());
        revised.set(3, new Column(3, "region", "Region", ValueType.DATETIME, null));
        UnaryOperator<String> toIso = cell ->
                cell.isEmpty() ? cell : cell.substring(6) + "-" + cell.substring(3, 5) + "-" + cell.substring(0, 2);

        try (Workspace workspace = Workspace.open(dir);
                DatasetImport running = workspace.datasets().beginImport(surveyDraft("w"))) {
            for (int i = 0; i < rows; i++) {
                // unique per row in column 1 (stored plain), few distinct in column 3 (stored as a dictionary)
                String date = i % 3 == 0 ? "" : "%02d.%02d.2024".formatted(1 + i % 28, 1 + i % 12);
                running.append(new String[] {"R_" + i, "text " + i, Integer.toString(i % 11), date});
            }
            running.commit(new ImportRevision(revised, Map.of(3, toIso, 1, String::toUpperCase)));
        }

        try (Workspace workspace = Workspace.open(dir)) {
            Dataset dataset = workspace.datasets().dataset("w").orElseThrow();
            assertThat(dataset.columns()).isEqualTo(revised);
            String[] dates =
                    workspace.datasets().readColumn(dataset, dataset.columns().get(3));
            String[] texts =
                    workspace.datasets().readColumn(dataset, dataset.columns().get(1));
            assertThat(dates).hasSize(rows);
            assertThat(dates[0]).isEmpty();
            assertThat(dates[1]).isEqualTo("2024-02-02");
            assertThat(dates[rows - 2]).isEqualTo(expectedDate(rows - 2));
            assertThat(texts[rows - 1]).isEqualTo("TEXT " + (rows - 1));
            assertThat(workspace.datasets()
                            .readColumn(dataset, dataset.columns().get(2))[25])
                    .isEqualTo("3");
        }
    }

    @Test
    void callsTheRewriteOncePerDistinctValueOfADictionaryChunk() {
        AtomicInteger calls = new AtomicInteger();
        try (Workspace workspace = Workspace.open(dir);
                DatasetImport running = workspace.datasets().beginImport(surveyDraft("w"))) {
            for (int i = 0; i < 1000; i++) {
                running.append(new String[] {"R_" + i, "", "7", i % 2 == 0 ? "Москва" : "Казань"});
            }
            running.commit(new ImportRevision(surveyDraft("w").columns(), Map.of(3, cell -> {
                calls.incrementAndGet();
                return cell.toUpperCase();
            })));
        }

        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aRevisionThatRenamesAColumnIsRefusedAndTheImportLeavesNothing() {
        List<Column> renamed = new ArrayList<>(surveyDraft("w").columns());
        renamed.set(0, new Column(0, "other", "Other", ValueType.TEXT, null));
        try (Workspace workspace = Workspace.open(dir)) {
            try (DatasetImport running = workspace.datasets().beginImport(surveyDraft("w"))) {
                running.append(new String[] {"R_1", "", "7", "x"});

                assertThatThrownBy(() -> running.commit(ImportRevision.of(renamed)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("'id'")
                        .hasMessageContaining("'other'");
            }
            assertThat(workspace.datasets().dataset("w")).isEmpty();
        }
        assertThat(tableCounts(dir)).isEqualTo(emptyTables());
    }

    private static String expectedDate(int i) {
        return "2024-%02d-%02d".formatted(1 + i % 12, 1 + i % 28);
    }
}
