package io.verbatim.ingest.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-pass import writes dates in ISO as it reads, and reads again when a column it took for dates is not. */
class OnePassDatesTest {

    @TempDir
    Path temp;

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    @Test
    void writesIsoDatesWhileReadingAndNeedsNoRewriteAtCommit() throws IOException {
        Path file = csv("id,when\n1,2025-03-10 13:02\n2,\n3,2025-12-31 23:59:59\n");

        Dataset dataset = importFile(file);

        assertThat(column(dataset, "when").type()).isEqualTo(ValueType.DATETIME);
        assertThat(repository.readColumn(dataset, column(dataset, "when")))
                .containsExactly("2025-03-10T13:02:00", "", "2025-12-31T23:59:59");
    }

    @Test
    void ambiguousSlashDatesAreDecidedByALaterRowAndTheEarlierOnesRewrittenAtCommit() throws IOException {
        // 05/03 and 06/04 read either way; 25/12 can only be day-first, so the whole column is day-first.
        Path file = csv("id,when\n1,05/03/2024\n2,06/04/2024\n3,25/12/2024\n");

        Dataset dataset = importFile(file);

        assertThat(repository.readColumn(dataset, column(dataset, "when")))
                .containsExactly("2024-03-05", "2024-04-06", "2024-12-25");
    }

    @Test
    void aColumnTakenForDatesThatHoldsTextFurtherDownIsStoredAsTheFileHasIt() throws IOException {
        StringBuilder text = new StringBuilder("id,note\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append(",2024-01-05 10:00\n");
        }
        text.append("5000,see attached\n");
        Path file = csv(text.toString());

        Dataset dataset = importFile(file);

        assertThat(column(dataset, "note").type()).isEqualTo(ValueType.TEXT);
        String[] notes = repository.readColumn(dataset, column(dataset, "note"));
        assertThat(notes).hasSize(5001);
        assertThat(notes[0]).isEqualTo("2024-01-05 10:00");
        assertThat(notes[5000]).isEqualTo("see attached");
        assertThat(repository.lastImportCommitted()).isTrue();
    }

    @Test
    void reportsTheFinishedImportLastOnBothPaths() throws IOException {
        StringBuilder text = new StringBuilder("id,note\n1,2024-01-05 10:00\n");
        Path onePass = csv(text.toString());
        java.util.List<String> messages = new java.util.ArrayList<>();
        JobContext recording = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new SurveyImporter().importFile(onePass, ImportOptions.defaults(), repository, recording);
        assertThat(messages.getLast()).startsWith("Imported survey.csv: 1 rows");

        Path twoPass = Files.writeString(temp.resolve("late.csv"), text.append("2,see attached\n"));
        messages.clear();
        new SurveyImporter().importFile(twoPass, ImportOptions.defaults(), repository, recording);
        assertThat(messages.getLast()).startsWith("Imported late.csv: 2 rows");
    }

    private Dataset importFile(Path file) {
        return new SurveyImporter()
                .importFile(file, ImportOptions.defaults(), repository, JobContext.none())
                .dataset();
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(temp.resolve("survey.csv"), text);
    }

    private static Column column(Dataset dataset, String key) {
        return dataset.columns().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
