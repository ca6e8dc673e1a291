package io.verbatim.store;

import static io.verbatim.store.StoreFixtures.importSurvey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DerivedColumn;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.StoreException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Computed columns stored beside imported ones in a real H2 workspace: added, replaced, refused, kept on reopen. */
class DerivedColumnsTest {

    @TempDir
    Path dir;

    @Test
    void derivedColumnsAreStoredInTheDatasetsChunksAndReadLikeAnyOther() {
        int rows = 70_000; // more than one chunk
        try (Workspace workspace = Workspace.open(dir)) {
            DatasetRepository datasets = workspace.datasets();
            importSurvey(datasets, "survey", rows);
            Dataset before = datasets.dataset("survey").orElseThrow();
            String[] comments =
                    datasets.readColumn(before, before.column("comment").orElseThrow());

            Dataset after = datasets.putDerivedColumns(
                    before,
                    List.of(new DerivedColumn(
                            "comment_length", "Length of comment", ValueType.NUMBER, "comment", lengths(comments))));

            assertThat(after.columns()).hasSize(before.columns().size() + 1);
            Column added = after.column("comment_length").orElseThrow();
            assertThat(added.position()).isEqualTo(before.columns().size());
            assertThat(after.importedAt()).isAfterOrEqualTo(before.importedAt());
            assertThat(after).isNotEqualTo(before);
            assertThat(datasets.readColumn(after, added)).containsExactly(lengths(comments));
            assertThat(datasets.derivedColumns(after)).isEqualTo(Map.of("comment_length", "comment"));
        }
        try (Workspace reopened = Workspace.open(dir)) {
            Dataset survey = reopened.datasets().dataset("survey").orElseThrow();
            String[] cells = reopened.datasets()
                    .readColumn(survey, survey.column("comment_length").orElseThrow());
            assertThat(cells).hasSize(rows);
        }
    }

    @Test
    void aSecondRunReplacesItsOwnColumnInPlaceAndNeverAnImportedOne() {
        try (Workspace workspace = Workspace.open(dir)) {
            DatasetRepository datasets = workspace.datasets();
            importSurvey(datasets, "survey", 10);
            Dataset survey = datasets.dataset("survey").orElseThrow();
            String[] first = new String[10];
            Arrays.fill(first, "neutral");
            survey = datasets.putDerivedColumns(
                    survey, List.of(new DerivedColumn("sentiment", "Sentiment", ValueType.TEXT, "comment", first)));
            String[] second = new String[10];
            Arrays.fill(second, "positive");
            second[3] = null;
            Dataset again = datasets.putDerivedColumns(
                    survey, List.of(new DerivedColumn("SENTIMENT", "Sentiment", ValueType.TEXT, "comment", second)));

            assertThat(again.columns()).hasSize(survey.columns().size());
            Column replaced = again.column("sentiment").orElseThrow();
            assertThat(replaced.position())
                    .isEqualTo(survey.column("sentiment").orElseThrow().position());
            assertThat(datasets.readColumn(again, replaced)).containsOnly("positive", "");

            Dataset current = again;
            String[] ten = new String[10];
            assertThatThrownBy(() -> datasets.putDerivedColumns(
                            current, List.of(new DerivedColumn("region", "Region", ValueType.TEXT, "comment", ten))))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("came from the imported file");
            assertThat(datasets.readColumn(current, current.column("region").orElseThrow()))
                    .doesNotContainNull()
                    .contains("Москва");
        }
    }

    @Test
    void cellsComputedBeforeANewWaveAreRefusedAndNothingIsWritten() {
        try (Workspace workspace = Workspace.open(dir)) {
            DatasetRepository datasets = workspace.datasets();
            importSurvey(datasets, "survey", 10);
            Dataset stale = datasets.dataset("survey").orElseThrow();
            try (DatasetImport wave = datasets.beginAppend(stale, StoreFixtures.surveyDraft("w2"))) {
                wave.append(new String[] {"R_X", "ok", "9", "Казань"});
                wave.commit();
            }
            String[] cells = new String[10];
            List<DerivedColumn> derived = List.of(
                    new DerivedColumn("a", "A", ValueType.TEXT, "comment", cells),
                    new DerivedColumn("b", "B", ValueType.TEXT, "comment", new String[11]));

            assertThatThrownBy(() -> datasets.putDerivedColumns(stale, derived))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("has 11 rows but 10 values");
            Dataset now = datasets.dataset("survey").orElseThrow();
            assertThat(now.column("a")).isEmpty();
            assertThat(datasets.derivedColumns(now)).isEmpty();
        }
    }

    private static String[] lengths(String[] texts) {
        return Arrays.stream(texts).map(t -> Integer.toString(t.length())).toArray(String[]::new);
    }
}
