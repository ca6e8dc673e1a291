package io.verbatim.store;

import static io.verbatim.store.StoreFixtures.emptyTables;
import static io.verbatim.store.StoreFixtures.importSurvey;
import static io.verbatim.store.StoreFixtures.tableCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.StoreException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void listsDatasetsByName() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "b wave", 1);
            importSurvey(workspace.datasets(), "a wave", 1);

            assertThat(workspace.datasets().datasets())
                    .extracting(Dataset::name)
                    .containsExactly("a wave", "b wave");
        }
    }

    @Test
    void keepsAChangedQuestionAfterReopening() {
        Question ces =
                new Question(MetricRole.CES, new Scale(1, 7, Map.of("Very easy", 1)), ScaleDirection.LOWER_IS_BETTER);
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "wave 1", 5);
            Dataset dataset = workspace.datasets().dataset("wave 1").orElseThrow();

            Dataset updated = workspace
                    .datasets()
                    .updateColumn(dataset, dataset.columns().get(2).withQuestion(ces));

            assertThat(updated.columns().get(2).question()).isEqualTo(ces);
        }

        try (Workspace workspace = Workspace.open(dir)) {
            Dataset reopened = workspace.datasets().dataset("wave 1").orElseThrow();
            assertThat(reopened.columns().get(2).question()).isEqualTo(ces);
            assertThat(reopened.rows()).isEqualTo(5);
        }
    }

    @Test
    void turnsAColumnIntoAQuestionAndBackAgain() {
        Question csat = new Question(MetricRole.CSAT, Scale.of(1, 5), ScaleDirection.HIGHER_IS_BETTER);
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "wave 1", 1);
            Dataset dataset = workspace.datasets().dataset("wave 1").orElseThrow();

            Dataset asQuestion = workspace
                    .datasets()
                    .updateColumn(dataset, dataset.columns().get(3).withQuestion(csat));
            Dataset asPlain = workspace
                    .datasets()
                    .updateColumn(asQuestion, asQuestion.columns().get(2).withQuestion(null));

            assertThat(asPlain.columns().get(3).question()).isEqualTo(csat);
            assertThat(asPlain.columns().get(2).question()).isNull();
        }
    }

    @Test
    void refusesToUpdateAColumnThatIsNotInTheDataset() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "wave 1", 1);
            Dataset dataset = workspace.datasets().dataset("wave 1").orElseThrow();
            Column stranger = new Column(2, "Q9", "Another question", ValueType.NUMBER, null);

            assertThatThrownBy(() -> workspace.datasets().updateColumn(dataset, stranger))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Q9");
        }
    }

    @Test
    void deleteRemovesTheDatasetAndAllItsRows() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "wave 1", 70_000);

            workspace.datasets().delete(workspace.datasets().dataset("wave 1").orElseThrow());

            assertThat(workspace.datasets().datasets()).isEmpty();
        }
        assertThat(tableCounts(dir)).isEqualTo(emptyTables());
    }

    @Test
    void saysSoWhenReadingADatasetThatWasDeleted() {
        try (Workspace workspace = Workspace.open(dir)) {
            importSurvey(workspace.datasets(), "wave 1", 3);
            Dataset dataset = workspace.datasets().dataset("wave 1").orElseThrow();
            workspace.datasets().delete(dataset);

            assertThatThrownBy(() -> workspace
                            .datasets()
                            .readColumn(dataset, dataset.columns().getFirst()))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Dataset 'wave 1' no longer exists in this workspace");
        }
    }

    @Test
    void findsNothingForAnUnknownName() {
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.datasets().dataset("nope")).isEmpty();
        }
    }
}
