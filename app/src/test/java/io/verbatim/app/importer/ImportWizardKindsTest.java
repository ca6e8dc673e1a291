package io.verbatim.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.TestWiring;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.catalog.StandardImporters;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The wizard over the desktop's real importers: each file goes to the importer that recognises it. */
class ImportWizardKindsTest {

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
    private final WorkspaceSession session = TestWiring.openSession(repository);

    private ImportWizardViewModel wizard(Language language) {
        return new ImportWizardViewModel(
                session, StandardImporters.all(), new SynchronousJobRunner(), Messages.of(language));
    }

    @Test
    void aTicketExportPreviewsAsTicketsWithoutSurveyDecisionsAndImportsTickets() {
        ImportWizardViewModel wizard = wizard(Language.ENGLISH);

        wizard.choose(resource("zendesk_view_export.csv"));

        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.REVIEW);
        assertThat(wizard.kindProperty().get()).isEqualTo(DatasetKind.TICKETS);
        assertThat(wizard.surveyOptionsProperty().get()).isFalse();
        assertThat(wizard.formatSummaryProperty().get())
                .startsWith("Tickets · ")
                .contains("UTF-8");
        assertThat(wizard.excludedSummaryProperty().get()).isEmpty();
        assertThat(wizard.columns()).isNotEmpty();
        assertThat(wizard.columns()).anySatisfy(row -> assertThat(row.sample()).isNotBlank());
        assertThat(wizard.previewRows()).isNotEmpty();

        wizard.importData();

        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.DONE);
        assertThat(repository.datasets())
                .singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DatasetKind.TICKETS))
                .satisfies(d -> assertThat(d.name()).isEqualTo("zendesk_view_export"))
                .satisfies(d -> assertThat(d.rows()).isPositive());
        assertThat(session.selectedProperty().get()).extracting(Dataset::kind).isEqualTo(DatasetKind.TICKETS);
    }

    @Test
    void theDetectedKindIsTranslated() {
        ImportWizardViewModel wizard = wizard(Language.RUSSIAN);

        wizard.choose(resource("zendesk_view_export.csv"));

        assertThat(wizard.formatSummaryProperty().get()).startsWith("Обращения · ");
    }

    @Test
    void aSurveyStillGetsQuestionRoles() {
        ImportWizardViewModel wizard = wizard(Language.ENGLISH);

        wizard.choose(resource("small-survey.csv"));

        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(wizard.kindProperty().get()).isEqualTo(DatasetKind.SURVEY);
        assertThat(wizard.surveyOptionsProperty().get()).isTrue();
        assertThat(wizard.formatSummaryProperty().get()).startsWith("Survey · ");
        assertThat(wizard.excludedSummaryProperty().get()).isNotEmpty();
        assertThat(wizard.columns())
                .filteredOn(row -> row.key().equals("nps"))
                .singleElement()
                .satisfies(row -> assertThat(row.roleProperty().get()).isEqualTo(RoleChoice.NPS));

        wizard.importData();

        assertThat(repository.datasets())
                .singleElement()
                .extracting(Dataset::kind)
                .isEqualTo(DatasetKind.SURVEY);
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ImportWizardKindsTest.class.getResource(name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
