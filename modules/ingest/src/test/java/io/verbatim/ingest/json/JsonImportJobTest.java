package io.verbatim.ingest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.verbatim.domain.job.JobCancelledException;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.json.telegram.TelegramJsonImporter;
import io.verbatim.ingest.json.zendesk.ZendeskJsonImporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress, cancel and refusals that both JSON importers share through {@link JsonDocument}. */
class JsonImportJobTest {

    private static final int TICKETS = 5000;

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    @TempDir
    Path scratch;

    @Test
    void aLongImportReportsProgressInBytesOfTheFile() throws IOException {
        Path file = manyTickets();
        List<long[]> reports = new ArrayList<>();
        JobContext context = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        ImportResult result = new ZendeskJsonImporter().importFile(file, ImportOptions.defaults(), repository, context);

        assertThat(result.rowsLoaded()).isEqualTo(TICKETS);
        long size = Files.size(file);
        assertThat(reports).hasSizeGreaterThan(2);
        assertThat(reports.stream().filter(r -> r[1] == size))
                .allSatisfy(r -> assertThat(r[0]).isBetween(0L, size));
    }

    @Test
    void aCancelledImportLeavesNothingBehind() throws IOException {
        Path file = manyTickets();
        JobContext cancelled = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                // not watched
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() ->
                        new ZendeskJsonImporter().importFile(file, ImportOptions.defaults(), repository, cancelled))
                .isInstanceOf(JobCancelledException.class);
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aFileThatIsNotAJsonObjectIsRefusedWhereItStarts() throws IOException {
        Path array = Files.writeString(scratch.resolve("tickets.json"), "\n  [{\"id\": 1}]");
        Path empty = Files.writeString(scratch.resolve("result.json"), "");

        ImportException notObject = catchThrowableOfType(ImportException.class, () -> new ZendeskJsonImporter()
                .importFile(array, ImportOptions.defaults(), repository, JobContext.none()));
        ImportException nothing = catchThrowableOfType(ImportException.class, () -> new TelegramJsonImporter()
                .importFile(empty, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(notObject.line()).isEqualTo(2);
        assertThat(notObject.column()).isEqualTo(3);
        assertThat(notObject.reason()).contains("JSON object");
        assertThat(nothing.reason()).isEqualTo("the file is empty");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aJsonFileOfAnotherShapeIsRefusedByEitherImporter() throws IOException {
        Path other = Files.writeString(scratch.resolve("accounts.json"), "{\"accounts\": [{\"id\": 1}], \"count\": 1}");

        assertThatThrownBy(() -> new ZendeskJsonImporter()
                        .importFile(other, ImportOptions.defaults(), repository, JobContext.none()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not a Zendesk tickets export");
        assertThatThrownBy(() -> new TelegramJsonImporter()
                        .importFile(other, ImportOptions.defaults(), repository, JobContext.none()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not a Telegram chat export");
    }

    private Path manyTickets() throws IOException {
        Path file = scratch.resolve("many_tickets.json");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"tickets\": [\n");
            for (int i = 1; i <= TICKETS; i++) {
                out.write(("{\"id\": %d, \"created_at\": \"2024-01-01T00:00:00Z\", \"status\": \"open\","
                                + " \"via\": {\"channel\": \"email\"}, \"subject\": \"Тема %d\", \"tags\": [\"a\", \"b\"]}")
                        .formatted(i, i));
                out.write(i < TICKETS ? ",\n" : "\n");
            }
            out.write("], \"end_of_stream\": true}\n");
        }
        return file;
    }
}
