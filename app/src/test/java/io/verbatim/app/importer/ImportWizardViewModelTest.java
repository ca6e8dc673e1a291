package io.verbatim.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.TestWiring;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobCancelledException;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.Importers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportWizardViewModelTest {

    private static final Path FILE = Path.of("/data/wave-3.csv");
    private static final List<Column> COLUMNS = List.of(
            new Column(0, "region", "region", ValueType.TEXT, null),
            new Column(
                    1,
                    "q1",
                    "How likely…",
                    ValueType.NUMBER,
                    new Question(MetricRole.NPS, Scale.of(0, 10), ScaleDirection.HIGHER_IS_BETTER)),
            new Column(2, "q2", "Satisfied?", ValueType.NUMBER, null));

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
    private final WorkspaceSession session = TestWiring.openSession(repository);
    private final FakeImporter importer = new FakeImporter();
    private final Importers importers = new Importers(List.of(importer));
    private final ImportWizardViewModel wizard =
            new ImportWizardViewModel(session, importers, new SynchronousJobRunner(), Messages.of(Language.ENGLISH));

    @Test
    void startsWaitingForAFile() {
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.CHOOSE_FILE);
        assertThat(wizard.canImportProperty().get()).isFalse();
    }

    @Test
    void choosingAFileShowsWhatWasDetectedAndProposesAName() {
        wizard.choose(FILE);

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.REVIEW);
        assertThat(wizard.previewHeaders()).containsExactly("region", "q1", "q2");
        assertThat(wizard.previewRows()).hasSize(2);
        assertThat(wizard.columns())
                .extracting(r -> r.roleProperty().get())
                .containsExactly(RoleChoice.NONE, RoleChoice.NPS, RoleChoice.NONE);
        assertThat(wizard.columns().getFirst().sample()).isEqualTo("North, South");
        assertThat(wizard.formatSummaryProperty().get()).isEqualTo("Survey · generic table · UTF-8 · ;");
        assertThat(wizard.kindProperty().get()).isEqualTo(DatasetKind.SURVEY);
        assertThat(wizard.surveyOptionsProperty().get()).isTrue();
        assertThat(wizard.excludedSummaryProperty().get())
                .isEqualTo("3 preview, test or spam responses will be left out");
        assertThat(wizard.datasetNameProperty().get()).isEqualTo("wave-3");
        assertThat(wizard.canImportProperty().get()).isTrue();
    }

    @Test
    void aBlankNameCannotBeImported() {
        wizard.choose(FILE);

        wizard.datasetNameProperty().set("  ");

        assertThat(wizard.canImportProperty().get()).isFalse();
    }

    @Test
    void onlyTheUsersChangesBecomeOverridesAndTheNewDatasetIsSelected() {
        wizard.choose(FILE);
        wizard.columns().get(2).roleProperty().set(RoleChoice.CSAT);
        wizard.columns().get(1).roleProperty().set(RoleChoice.NONE);

        wizard.importData();

        assertThat(importer.options.questionOverrides()).containsOnlyKeys("q1", "q2");
        assertThat(importer.options.questionOverrides().get("q1")).isNull();
        assertThat(importer.options.questionOverrides().get("q2").scale()).isEqualTo(Scale.of(1, 5));
        assertThat(importer.options.datasetName()).isEqualTo("wave-3");
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.DONE);
        assertThat(wizard.resultProperty().get()).isEqualTo("Imported “wave-3”: 2 rows loaded, 0 excluded.");
        assertThat(session.selectedProperty().get().name()).isEqualTo("wave-3");
    }

    @Test
    void aBadFileIsReportedAsFileLineColumnReasonAndTheUserCanRetry() {
        wizard.choose(FILE);
        importer.failure = new ImportException(FILE, 7, 3, "\"abc\" is not on the 0–10 scale");

        wizard.importData();

        assertThat(wizard.errorProperty().get()).isEqualTo("wave-3.csv:7:3: \"abc\" is not on the 0–10 scale");
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.REVIEW);
        assertThat(wizard.canImportProperty().get()).isTrue();
    }

    @Test
    void aCancelledImportGoesBackToReviewAndSaysNothingWasWritten() {
        wizard.choose(FILE);
        importer.failure = new JobCancelledException();

        wizard.importData();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.REVIEW);
        assertThat(wizard.errorProperty().get()).contains("Nothing was written");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void anUnreadableFileKeepsTheWizardAtTheFileStep() {
        importer.previewFailure = new ImportException(FILE, 0, 0, "not a CSV or XLSX file");

        wizard.choose(FILE);

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.CHOOSE_FILE);
        assertThat(wizard.errorProperty().get()).isEqualTo("wave-3.csv: not a CSV or XLSX file");
    }

    @Test
    void excludedResponsesAreLeftOutByDefault() {
        wizard.choose(FILE);

        wizard.importData();

        assertThat(wizard.includeExcludedProperty().get()).isFalse();
        assertThat(importer.previewOptions.includeExcluded()).isFalse();
        assertThat(importer.options.includeExcluded()).isFalse();
    }

    @Test
    void theSwitchRereadsThePreviewKeepsTheUsersDecisionsAndReachesTheImport() {
        wizard.choose(FILE);
        wizard.columns().get(2).roleProperty().set(RoleChoice.CSAT);
        wizard.datasetNameProperty().set("wave 3 with tests");

        wizard.includeExcludedProperty().set(true);

        assertThat(importer.previews).isEqualTo(2);
        assertThat(importer.previewOptions.includeExcluded()).isTrue();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.REVIEW);
        assertThat(wizard.excludedSummaryProperty().get()).isEqualTo("3 preview, test or spam responses will be kept");
        assertThat(wizard.columns().get(2).roleProperty().get()).isEqualTo(RoleChoice.CSAT);
        assertThat(wizard.datasetNameProperty().get()).isEqualTo("wave 3 with tests");

        wizard.importData();

        assertThat(importer.options.includeExcluded()).isTrue();
        assertThat(importer.options.questionOverrides()).containsOnlyKeys("q2");
    }

    @Test
    void theSwitchBeforeAFileIsChosenReadsNothing() {
        wizard.includeExcludedProperty().set(true);

        assertThat(importer.previews).isZero();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.CHOOSE_FILE);
        assertThat(wizard.excludedSummaryProperty().get()).isEmpty();
    }

    @Test
    void theExcludedCountIsTranslated() {
        ImportWizardViewModel russian = new ImportWizardViewModel(
                session, importers, new SynchronousJobRunner(), Messages.of(Language.RUSSIAN));

        russian.choose(FILE);

        assertThat(russian.excludedSummaryProperty().get())
                .isEqualTo("Будут исключены ответы из предпросмотра, тестовые и спам: 3");
        assertThat(russian.formatSummaryProperty().get()).startsWith("Опрос · обычная таблица");
    }

    /** A survey importer that recognises nothing (surveys are the fallback), returns a fixed preview and loads two rows. */
    private static final class FakeImporter implements DatasetImporter {
        ImportOptions options;
        ImportOptions previewOptions;
        int previews;
        RuntimeException failure;
        RuntimeException previewFailure;

        @Override
        public DatasetKind kind() {
            return DatasetKind.SURVEY;
        }

        @Override
        public int recognise(Path file) {
            return 0;
        }

        @Override
        public ImportPreview preview(Path file, ImportOptions chosen, int maxRows) {
            previews++;
            previewOptions = chosen;
            if (previewFailure != null) {
                throw previewFailure;
            }
            return new ImportPreview(
                    "wave-3.csv",
                    "generic",
                    "UTF-8",
                    ';',
                    COLUMNS,
                    List.of(List.of("North", "9", "5"), List.of("South", "3", "4")),
                    3);
        }

        @Override
        public ImportResult importFile(
                Path file, ImportOptions chosen, DatasetRepository repository, JobContext context) {
            this.options = chosen;
            if (failure != null) {
                throw failure;
            }
            DatasetDraft draft =
                    new DatasetDraft(chosen.datasetName(), DatasetKind.SURVEY, COLUMNS, "generic", "wave-3.csv");
            try (DatasetImport load = repository.beginImport(draft)) {
                load.append(new String[] {"North", "9", "5"});
                context.progress(1, 2, "rows");
                load.append(new String[] {"South", "3", "4"});
                return new ImportResult(load.commit(), 2, 0);
            }
        }
    }
}
