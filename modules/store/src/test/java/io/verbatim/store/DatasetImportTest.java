package io.verbatim.store;

import static io.verbatim.store.StoreFixtures.emptyTables;
import static io.verbatim.store.StoreFixtures.importSurvey;
import static io.verbatim.store.StoreFixtures.surveyDraft;
import static io.verbatim.store.StoreFixtures.tableCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.StoreException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetImportTest {

    @TempDir
    Path dir;

    @Test
    void givesBackEveryCellAndTheQuestionAfterReopening() {
        try (Workspace workspace = Workspace.open(dir);
                DatasetImport running = workspace.datasets().beginImport(surveyDraft("wave 1"))) {
            running.append(new String[] {"R_1", "Очень доволен, спасибо!", "10 - Extremely likely", "Москва"});
            running.append(new String[] {"R_2", "", "", ""});
            running.append(new String[] {"R_3", "Долго ждал ответа 😞", "3", "North"});
            running.commit();
        }

        try (Workspace workspace = Workspace.open(dir)) {
            Dataset dataset = workspace.datasets().dataset("wave 1").orElseThrow();
            assertThat(dataset.rows()).isEqualTo(3);
            assertThat(dataset.columns()).isEqualTo(surveyDraft("wave 1").columns());
            assertThat(workspace
                            .datasets()
                            .readColumn(dataset, dataset.columns().get(1)))
                    .containsExactly("Очень доволен, спасибо!", "", "Долго ждал ответа 😞");
            assertThat(workspace
                            .datasets()
                            .readColumn(dataset, dataset.columns().get(2)))
                    .containsExactly("10 - Extremely likely", "", "3");
        }
    }

    @Test
    void keepsTheLabelsOfAQuestionsScale() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "wave 1", 1);

            Question nps = workspace
                    .datasets()
                    .dataset("wave 1")
                    .orElseThrow()
                    .columns()
                    .get(2)
                    .question();

            assertThat(nps.scale().labels()).isEqualTo(Map.of("extremely likely", 10, "not at all likely", 0));
            assertThat(nps.scale().codeOf("Extremely likely")).hasValue(10);
        }
    }

    @Test
    void readsAColumnAcrossAChunkBoundary() {
        int rows = ChunkedColumnWriter.DEFAULT_CHUNK_ROWS + 1;
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "big", rows);
            Dataset dataset = workspace.datasets().dataset("big").orElseThrow();

            String[] ids =
                    workspace.datasets().readColumn(dataset, dataset.columns().getFirst());

            assertThat(dataset.rows()).isEqualTo(rows);
            assertThat(ids).hasSize(rows);
            assertThat(ids[rows - 2]).isEqualTo("R_65535");
            assertThat(ids[rows - 1]).isEqualTo("R_65536");
        }
    }

    @Test
    void commitReturnsTheVisibleDatasetWithItsRowCountAndImportTime() {
        Instant before = Instant.now().minusSeconds(1);
        try (Workspace workspace = Workspace.open(dir);
                DatasetImport running = workspace.datasets().beginImport(surveyDraft("wave 1"))) {
            running.append(new String[] {"R_1", "", "9", "North"});
            running.append(new String[] {"R_2", "", "7", "North"});

            Dataset committed = running.commit();

            assertThat(committed.rows()).isEqualTo(2);
            assertThat(committed.importedAt()).isAfter(before);
            assertThat(committed.source()).isEqualTo("wave-1.csv");
            assertThat(workspace.datasets().datasets()).containsExactly(committed);
        }
    }

    @Test
    void hidesTheDatasetUntilTheImportCommits() {
        try (Workspace workspace = Workspace.open(dir);
                DatasetImport running = workspace.datasets().beginImport(surveyDraft("wave 1"))) {
            running.append(new String[] {"R_1", "", "9", "North"});

            assertThat(workspace.datasets().datasets()).isEmpty();
            assertThat(workspace.datasets().dataset("wave 1")).isEmpty();
        }
    }

    @Test
    void closingAnImportWithoutCommitLeavesTheWorkspaceAsItWas() {
        try (Workspace workspace = Workspace.open(dir)) {
            try (DatasetImport running = workspace.datasets().beginImport(surveyDraft("wave 1"))) {
                for (int i = 0; i < ChunkedColumnWriter.DEFAULT_CHUNK_ROWS + 10; i++) {
                    running.append(new String[] {"R_" + i, "", "9", "North"});
                }
            }
            assertThat(workspace.datasets().datasets()).isEmpty();
        }

        assertThat(tableCounts(dir)).isEqualTo(emptyTables());
    }

    @Test
    void closingTheWorkspaceDiscardsAnImportStillRunning() {
        try (Workspace workspace = Workspace.open(dir)) {
            DatasetImport running = workspace.datasets().beginImport(surveyDraft("wave 1"));
            running.append(new String[] {"R_1", "", "9", "North"});
        }

        assertThat(tableCounts(dir)).isEqualTo(emptyTables());
    }

    @Test
    void refusesANameThatAnotherDatasetHas() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "wave 1", 3);

            assertThatThrownBy(() -> workspace.datasets().beginImport(surveyDraft("wave 1")))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("A dataset named wave 1 already exists; choose another name");
        }
    }

    @Test
    void refusesANameWhoseImportIsStillRunning() {
        try (Workspace workspace = Workspace.open(dir);
                DatasetImport _ = workspace.datasets().beginImport(surveyDraft("wave 1"))) {

            assertThatThrownBy(() -> workspace.datasets().beginImport(surveyDraft("wave 1")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is being imported right now");
        }
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        try (Workspace workspace = Workspace.open(dir);
                DatasetImport running = workspace.datasets().beginImport(surveyDraft("wave 1"))) {

            assertThatThrownBy(() -> running.append(new String[] {"R_1", "too few"}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has 2 cells but the dataset has 4 columns");
        }
    }

    @Test
    void keepsACommittedDatasetWhenTheImportIsClosedAfterwards() {
        try (Workspace workspace = Workspace.open(dir)) {
            DatasetImport running = workspace.datasets().beginImport(surveyDraft("wave 1"));
            running.append(new String[] {"R_1", "", "9", "North"});
            running.commit();

            running.close();

            assertThat(workspace.datasets().dataset("wave 1")).isPresent();
        }
    }

    @Test
    void refusesRowsAfterCommit() {
        try (Workspace workspace = Workspace.open(dir);
                DatasetImport running = workspace.datasets().beginImport(surveyDraft("wave 1"))) {
            running.commit();

            assertThatThrownBy(() -> running.append(new String[] {"R_1", "", "9", "North"}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already committed");
        }
    }

    @Test
    void importsADatasetWithNoRows() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "empty", 0);
            Dataset dataset = workspace.datasets().dataset("empty").orElseThrow();

            assertThat(dataset.rows()).isZero();
            assertThat(workspace
                            .datasets()
                            .readColumn(dataset, dataset.columns().getFirst()))
                    .isEmpty();
        }
    }

    @Test
    void questionDirectionSurvivesTheRoundTrip() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "wave 1", 1);

            Question nps = workspace
                    .datasets()
                    .dataset("wave 1")
                    .orElseThrow()
                    .columns()
                    .get(2)
                    .question();

            assertThat(nps.role()).isEqualTo(MetricRole.NPS);
            assertThat(nps.direction()).isEqualTo(ScaleDirection.HIGHER_IS_BETTER);
        }
    }
}
