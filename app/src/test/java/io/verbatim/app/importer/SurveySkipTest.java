package io.verbatim.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.RealWorkspace;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.ingest.catalog.StandardImporters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping step leaves a survey's personal columns out of the workspace, on a real H2 file. */
class SurveySkipTest {

    @TempDir
    Path dir;

    @AutoClose
    private RealWorkspace real;

    @BeforeEach
    void open() {
        real = RealWorkspace.open(dir.resolve("workspace"));
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
                real.session(), StandardImporters.all(), new SynchronousJobRunner(), Messages.of(Language.ENGLISH));
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
        Dataset pulse = real.workspace().datasets().dataset("pulse").orElseThrow();
        assertThat(pulse.columns()).extracting(Column::key).containsExactly("ResponseId", "Region", "NPS");
        assertThat(pulse.rows()).isEqualTo(2);
        assertThat(real.workspace().presets().preset("pulse").orElseThrow().mapping())
                .contains("\"skip\"");
    }
}
