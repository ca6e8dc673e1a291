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
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard adds next month's export to an existing dataset, skipping responses it already has, on a real H2 file. */
class WaveChoiceTest {

    @TempDir
    Path dir;

    @AutoClose
    private RealWorkspace real;

    @BeforeEach
    void open() {
        real = RealWorkspace.open(dir.resolve("workspace"));
    }

    @Test
    void aTakenNameOffersANewWaveAndTheWaveAddsOnlyTheResponsesNotYetThere() throws IOException {
        ImportWizardViewModel first = wizard(Language.ENGLISH);
        first.choose(survey("march.csv", 1, 120));
        first.datasetNameProperty().set("pulse");
        assertThat(first.wave().possibleProperty().get()).isFalse();
        first.importData();
        assertThat(first.stepProperty().get()).isEqualTo(ImportStep.DONE);

        ImportWizardViewModel second = wizard(Language.ENGLISH);
        second.choose(survey("april.csv", 101, 180));
        second.datasetNameProperty().set("pulse");

        assertThat(second.wave().possibleProperty().get()).isTrue();
        assertThat(second.wave().appendProperty().get())
                .as("on by default once the name is taken")
                .isTrue();
        second.importData();

        assertThat(second.errorProperty().get()).isEmpty();
        assertThat(second.resultProperty().get())
                .isEqualTo("Added 60 rows to “pulse” as a new wave; 20 rows it already had were skipped; 180 rows in"
                        + " all.");
        Dataset pulse = real.workspace().datasets().dataset("pulse").orElseThrow();
        assertThat(pulse.rows()).isEqualTo(180);
        Column id = pulse.columns().stream()
                .filter(c -> c.key().equals("ResponseId"))
                .findFirst()
                .orElseThrow();
        assertThat(Arrays.stream(real.workspace().datasets().readColumn(pulse, id))
                        .distinct()
                        .count())
                .isEqualTo(180);
    }

    @Test
    void aNewNameImportsANewDatasetAndTheRussianSummarySaysHowManyWereAdded() throws IOException {
        ImportWizardViewModel first = wizard(Language.RUSSIAN);
        first.choose(survey("march.csv", 1, 50));
        first.datasetNameProperty().set("pulse");
        first.importData();

        ImportWizardViewModel renamed = wizard(Language.RUSSIAN);
        renamed.choose(survey("april.csv", 41, 60));
        renamed.datasetNameProperty().set("pulse");
        renamed.importData();
        assertThat(renamed.resultProperty().get())
                .isEqualTo(
                        "В «pulse» добавлено строк: 10 (новая волна); пропущено уже имевшихся: 10; всего строк: 60.");

        ImportWizardViewModel separate = wizard(Language.RUSSIAN);
        separate.choose(survey("may.csv", 1, 30));
        separate.datasetNameProperty().set("pulse");
        separate.wave().appendProperty().set(false);
        separate.importData();
        assertThat(separate.stepProperty().get())
                .as("the name is taken and the analyst declined a wave: the store refuses a second 'pulse'")
                .isEqualTo(ImportStep.REVIEW);
        assertThat(separate.errorProperty().get()).isNotEmpty();
        assertThat(real.workspace().datasets().dataset("pulse").orElseThrow().rows())
                .isEqualTo(60);
    }

    private ImportWizardViewModel wizard(Language language) {
        return new ImportWizardViewModel(
                real.session(), StandardImporters.all(), new SynchronousJobRunner(), Messages.of(language));
    }

    /** A survey export with response ids R_from..R_to. */
    private Path survey(String name, int from, int to) throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of("ResponseId,RecordedDate,Region,NPS"));
        IntStream.rangeClosed(from, to)
                .forEach(i -> lines.add("R_%04d,2025-03-%02d 10:00:00,%s,%d"
                        .formatted(i, 1 + i % 28, i % 2 == 0 ? "Москва" : "Berlin", i % 11)));
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
