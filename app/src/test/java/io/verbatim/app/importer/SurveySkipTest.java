package io.verbatim.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.ingest.catalog.StandardImporters;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping step leaves a survey's personal columns out of the workspace, on a real H2 file. */
class SurveySkipTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceSession session;

    @BeforeEach
    void open() {
        Path home = dir.resolve("workspace");
        workspace = Workspace.open(home);
        session = new WorkspaceSession(
                new SynchronousJobRunner(),
                d -> new OpenedWorkspace(d, workspace.datasets(), workspace.presets(), workspace));
        session.open(home);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aSkippedSurveyColumnIsNotStoredAndItsPresetSkipsItNextTime() throws IOException {
        Path file = dir.resolve("pulse.csv");
        Files.writeString(
                file,
                """
                ResponseId,Email,Region,NPS
                R_1,anna@example.com,Москва,10
                R_2,boris@example.com,Berlin,3
                """,
                StandardCharsets.UTF_8);
        ImportWizardViewModel wizard = new ImportWizardViewModel(
                session, StandardImporters.all(), new SynchronousJobRunner(), Messages.of(Language.ENGLISH));
        wizard.choose(file);
        MappingRow email = wizard.mapping().rows().stream()
                .filter(row -> row.header().equals("Email"))
                .findFirst()
                .orElseThrow();

        email.skipProperty().set(true);
        assertThat(wizard.mapping().mapping().skip()).containsExactly("Email");
        wizard.mapping().savePreset("pulse");
        wizard.importData();

        assertThat(wizard.errorProperty().get()).isEmpty();
        Dataset pulse = workspace.datasets().dataset("pulse").orElseThrow();
        assertThat(pulse.columns()).extracting(Column::key).containsExactly("ResponseId", "Region", "NPS");
        assertThat(pulse.rows()).isEqualTo(2);
        assertThat(workspace.presets().preset("pulse").orElseThrow().mapping()).contains("\"skip\"");
    }
}
