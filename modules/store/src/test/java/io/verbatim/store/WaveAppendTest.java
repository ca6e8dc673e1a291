package io.verbatim.store;

import static io.verbatim.store.StoreFixtures.importSurvey;
import static io.verbatim.store.StoreFixtures.tableCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.ImportRevision;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appending a wave to a dataset in a real H2 workspace: columns matched by key, all-or-nothing, waves numbered. */
class WaveAppendTest {

    @TempDir
    Path dir;

    /** Wave 2 of {@link StoreFixtures#surveyDraft}: no comment column, the NPS and id swapped, a new "channel". */
    private static DatasetDraft wave2() {
        return new DatasetDraft(
                "ignored",
                DatasetKind.SURVEY,
                List.of(
                        new Column(0, "Q1", "How likely are you to recommend us?", ValueType.TEXT, null),
                        new Column(1, "ID", "Response ID", ValueType.TEXT, null),
                        new Column(2, "region", "Регион", ValueType.TEXT, null),
                        new Column(3, "channel", "Channel", ValueType.TEXT, null)),
                "qualtrics",
                "wave-2.csv");
    }

    @Test
    void aWaveLandsAfterTheRowsOfTheDatasetWithItsColumnsMatchedByKey() {
        try (Workspace workspace = Workspace.open(dir)) {
            DatasetRepository datasets = workspace.datasets();
            importSurvey(datasets, "survey", 70_000);
            Dataset before = datasets.dataset("survey").orElseThrow();

            Dataset after;
            try (DatasetImport wave = datasets.beginAppend(before, wave2())) {
                wave.append(new String[] {"9", "W2_1", "Казань", "app"});
                wave.append(new String[] {"2", "W2_2", "", "web"});
                after = wave.commit();
            }

            assertThat(after.rows()).isEqualTo(70_002);
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.columns().subList(0, 4)).isEqualTo(before.columns());
            assertThat(after.columns().get(2).hasRole(MetricRole.NPS)).isTrue();
            assertThat(after.columns().stream().map(Column::key))
                    .containsExactly("id", "comment", "Q1", "region", "channel", WaveMerge.WAVE_KEY);
            assertThat(tail(datasets, after, "id")).containsExactly("R_69998", "R_69999", "W2_1", "W2_2");
            assertThat(tail(datasets, after, "Q1")).containsExactly("5", "6", "9", "2");
            assertThat(tail(datasets, after, "comment")).containsExactly("Отличный сервис №48", "", "", "");
            assertThat(tail(datasets, after, "region")).containsExactly("Москва", "North", "Казань", "");
            assertThat(tail(datasets, after, "channel")).containsExactly("", "", "app", "web");
            assertThat(datasets.readColumn(after, after.column("channel").orElseThrow()))
                    .filteredOn(String::isEmpty)
                    .hasSize(70_000);
            assertThat(tail(datasets, after, WaveMerge.WAVE_KEY)).containsExactly("1", "1", "2", "2");
            assertThat(datasets.readColumn(
                            after, after.column(WaveMerge.WAVE_KEY).orElseThrow()))
                    .filteredOn("1"::equals)
                    .hasSize(70_000);
            assertThat(datasets.datasets()).hasSize(1);
        }
    }

    @Test
    void aThirdWaveIsNumberedThreeAndTheRevisionsRewritesApplyToItsRowsOnly() {
        try (Workspace workspace = Workspace.open(dir)) {
            DatasetRepository datasets = workspace.datasets();
            importSurvey(datasets, "survey", 3);
            appendOne(datasets, "w2", null);
            Dataset survey = datasets.dataset("survey").orElseThrow();
            UnaryOperator<String> upper = cell -> cell.toUpperCase(java.util.Locale.ROOT);

            Dataset after = appendOne(datasets, "w3", new ImportRevision(wave2().columns(), Map.of(1, upper)));

            assertThat(after.rows()).isEqualTo(5);
            assertThat(after.columns()).hasSize(survey.columns().size());
            assertThat(tail(datasets, after, "id")).containsExactly("R_1", "R_2", "w2", "W3");
            assertThat(tail(datasets, after, WaveMerge.WAVE_KEY)).containsExactly("1", "1", "2", "3");
        }
    }

    @Test
    void aWaveClosedWithoutCommitLeavesTheDatasetAndTheTablesAsTheyWere() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "survey", 100_000);
        }
        Map<String, Long> tables = tableCounts(dir);
        try (Workspace workspace = Workspace.open(dir)) {
            Dataset survey = workspace.datasets().dataset("survey").orElseThrow();
            try (DatasetImport wave = workspace.datasets().beginAppend(survey, wave2())) {
                for (int i = 0; i < 70_000; i++) {
                    wave.append(new String[] {"5", "W" + i, "Казань", "app"});
                }
            }
            assertThat(workspace.datasets().dataset("survey").orElseThrow()).isEqualTo(survey);
        }
        assertThat(tableCounts(dir)).isEqualTo(tables);
    }

    @Test
    void aWaveWithAColumnNamedLikeTheWaveColumnIsRefusedAndChangesNothing() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "survey", 10);
            Dataset survey = workspace.datasets().dataset("survey").orElseThrow();
            DatasetDraft clash = new DatasetDraft(
                    "x",
                    DatasetKind.SURVEY,
                    List.of(new Column(0, "_Wave", "_wave", ValueType.TEXT, null)),
                    "generic",
                    "x.csv");
            try (DatasetImport wave = workspace.datasets().beginAppend(survey, clash)) {
                wave.append(new String[] {"7"});
                assertThatThrownBy(wave::commit).hasMessageContaining("_wave");
            }
            assertThat(workspace.datasets().datasets()).containsExactly(survey);
        }
    }

    private static Dataset appendOne(DatasetRepository datasets, String id, ImportRevision revision) {
        Dataset survey = datasets.dataset("survey").orElseThrow();
        try (DatasetImport wave = datasets.beginAppend(survey, wave2())) {
            wave.append(new String[] {"1", id, "North", "qr"});
            return wave.commit(revision);
        }
    }

    private static List<String> tail(DatasetRepository datasets, Dataset dataset, String key) {
        String[] cells = datasets.readColumn(dataset, dataset.column(key).orElseThrow());
        return Arrays.asList(cells).subList(Math.max(0, cells.length - 4), cells.length);
    }
}
