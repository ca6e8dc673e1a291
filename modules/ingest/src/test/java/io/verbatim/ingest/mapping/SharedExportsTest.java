package io.verbatim.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.TestFiles;
import io.verbatim.ingest.mention.MentionImporter;
import io.verbatim.ingest.ticket.TicketImporter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The real ticket and mention tables in {@code ../shared/data} ("here only" licences: read from there, never copied;
 * skipped when the folder is absent).
 */
class SharedExportsTest {

    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?";

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    private static Path shared(String relative) {
        Path file = TestFiles.sharedData().resolve(relative);
        assumeTrue(Files.exists(file), file + " is absent (shared data not beside the checkout): skipped");
        return file;
    }

    private String[] cells(ImportResult result, String key) {
        Column column = result.dataset().column(key).orElseThrow();
        return repository.readColumn(result.dataset(), column);
    }

    @Test
    void theSyntheticSupportTicketsLoadEveryRecordWithCanonicalColumns() throws IOException {
        Path file = shared("exports/tickets_synthetic/customer_support_tickets.csv");
        TicketImporter importer = new TicketImporter();
        AtomicLong progressCalls = new AtomicLong();
        JobContext context = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                progressCalls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        assertThat(importer.recognise(file)).isBetween(80, 95);
        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, context);

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.TICKETS);
        assertThat(result.dataset().layout()).isEqualTo("generic-tickets");
        assertThat(result.rowsLoaded()).isEqualTo(recordsBelowHeader(file)).isGreaterThan(8_000);
        assertThat(progressCalls.get()).isPositive();
        assertThat(cells(result, TicketField.ID.key())).doesNotContain("");
        assertThat(cells(result, TicketField.STATUS.key())).contains("Open", "Closed");
        assertThat(cells(result, TicketField.FIRST_REPLY_AT.key())).allMatch(c -> c.isEmpty() || c.matches(ISO));
        assertThat(cells(result, TicketField.SOLVED_AT.key())).allMatch(c -> c.isEmpty() || c.matches(ISO));
        assertThat(cells(result, TicketField.DESCRIPTION.key())).anyMatch(c -> c.contains("\n"));
        assertThat(result.dataset()
                        .column(TicketField.SATISFACTION.key())
                        .orElseThrow()
                        .label())
                .isEqualTo("Customer Satisfaction Rating");
        assertThat(result.dataset().column("Product Purchased")).isPresent();
    }

    @Test
    void theTwitterSupportSampleLoadsWithTwitterDatesInIso() throws IOException {
        Path file = shared("exports/twitter_support_sample/sample.csv");
        MentionImporter importer = new MentionImporter();

        assertThat(importer.recognise(file)).isBetween(80, 95);
        assertThat(new TicketImporter().recognise(file)).isZero();
        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.MENTIONS);
        assertThat(result.dataset().layout()).isEqualTo("twitter");
        assertThat(result.rowsLoaded()).isEqualTo(recordsBelowHeader(file));
        String[] published = cells(result, MentionField.PUBLISHED_AT.key());
        assertThat(published).allMatch(c -> c.matches(ISO));
        assertThat(published[0]).isEqualTo("2017-10-11T06:55:44Z");
        assertThat(cells(result, MentionField.AUTHOR.key())[1]).isEqualTo("ChaseSupport");
        assertThat(Arrays.stream(cells(result, MentionField.TEXT.key()))).doesNotContain("");
        assertThat(result.dataset().column("inbound")).isPresent();
    }

    /**
     * Counts CSV records independently of the importer's reader: a record ends at a line break outside double quotes
     * (RFC 4180), blank lines aside.
     */
    private static long recordsBelowHeader(Path file) throws IOException {
        long records = 0;
        boolean quoted = false;
        boolean content = false;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (!quoted && (c == '\n' || c == '\r')) {
                    records += content ? 1 : 0;
                    content = false;
                } else {
                    content = true;
                }
            }
        }
        return records + (content ? 1 : 0) - 1;
    }
}
