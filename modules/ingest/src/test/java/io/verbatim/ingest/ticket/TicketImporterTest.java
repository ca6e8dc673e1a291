package io.verbatim.ingest.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobCancelledException;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.TestFiles;
import io.verbatim.ingest.mention.MentionImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketImporterTest {

    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?)?";

    @TempDir
    Path temp;

    private final TicketImporter importer = new TicketImporter();
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    private ImportResult importFile(Path file) {
        return importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());
    }

    private String[] cells(ImportResult result, TicketField field) {
        Column column = result.dataset().column(field.key()).orElseThrow();
        return repository.readColumn(result.dataset(), column);
    }

    @ParameterizedTest(name = "{0} is recognised as tickets in the {1} layout and loads {2} tickets")
    @CsvSource(
            textBlock =
                    """
            tickets/zendesk_view_export.csv,    zendesk-csv, 8, Requested
            tickets/freshdesk_tickets.csv,      freshdesk,   6, Created time
            tickets/jira_sm_export.csv,         jira-sm,     5, Created
            tickets/intercom_conversations.csv, intercom,    5, Created at
            tickets/tickets_ru_1251.csv,        tickets-ru,  5, Дата создания
            """)
    void eachHelpDeskLayoutIsRecognisedAndLoadedWithCanonicalColumns(
            String resource, String layout, long rows, String createdHeader) {
        Path file = TestFiles.resource(resource);

        assertThat(importer.recognise(file)).isBetween(80, 95);
        assertThat(new MentionImporter().recognise(file)).isZero();
        ImportResult result = importFile(file);

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.TICKETS);
        assertThat(result.dataset().layout()).isEqualTo(layout);
        assertThat(result.rowsLoaded()).isEqualTo(rows);
        Column created = result.dataset().column("created_at").orElseThrow();
        assertThat(created.label()).isEqualTo(createdHeader);
        assertThat(created.type()).isEqualTo(ValueType.DATETIME);
        assertThat(cells(result, TicketField.CREATED_AT)).allMatch(c -> c.matches(ISO));
        assertThat(cells(result, TicketField.ID)).doesNotContain("");
        for (TicketField field : List.of(TicketField.STATUS, TicketField.ASSIGNEE, TicketField.SUBJECT)) {
            if (!layout.equals("intercom") || field != TicketField.SUBJECT) {
                assertThat(result.dataset().column(field.key())).as(field.key()).isPresent();
            }
        }
        TicketField done = layout.equals("intercom") ? TicketField.CLOSED_AT : TicketField.SOLVED_AT;
        assertThat(cells(result, done))
                .allMatch(c -> c.isEmpty() || c.matches(ISO))
                .anyMatch(c -> !c.isEmpty());
    }

    @Test
    void zendeskTimesBecomeIsoAndOtherColumnsKeepTheirNames() {
        ImportResult result = importFile(TestFiles.resource("tickets/zendesk_view_export.csv"));

        assertThat(cells(result, TicketField.CREATED_AT)[0]).isEqualTo("2024-03-04T09:12:00");
        assertThat(cells(result, TicketField.SOLVED_AT)[2]).isEmpty();
        assertThat(cells(result, TicketField.SUBJECT)[0]).isEqualTo("Не приходит код подтверждения");
        assertThat(cells(result, TicketField.CHANNEL)[0]).isEqualTo("Email");
        assertThat(cells(result, TicketField.SATISFACTION)[1]).isEqualTo("Bad");
        assertThat(result.dataset().column("Requester id")).isPresent();
        assertThat(result.dataset().column("Updated").orElseThrow().type()).isEqualTo(ValueType.DATETIME);
    }

    @Test
    void jiraDatesWithMonthNamesBecomeIsoAndTheIssueKeyIsTheId() {
        ImportResult result = importFile(TestFiles.resource("tickets/jira_sm_export.csv"));

        assertThat(cells(result, TicketField.ID)[0]).isEqualTo("ITSM-101");
        assertThat(cells(result, TicketField.CREATED_AT)[0]).isEqualTo("2024-03-04T09:12:00");
        assertThat(cells(result, TicketField.SOLVED_AT)[0]).isEqualTo("2024-03-04T14:38:00");
        assertThat(cells(result, TicketField.DESCRIPTION)[0]).contains("\n");
        assertThat(result.dataset().column("Issue id")).isPresent();
        assertThat(result.dataset().column("Time to first response")).isPresent();
        assertThat(result.dataset().column("Labels")).isPresent();
    }

    @Test
    void intercomTimesKeepTheirUtcOffset() {
        ImportResult result = importFile(TestFiles.resource("tickets/intercom_conversations.csv"));

        assertThat(cells(result, TicketField.CREATED_AT)[0]).isEqualTo("2024-03-04T09:12:05Z");
        assertThat(cells(result, TicketField.FIRST_REPLY_AT)[0]).isEqualTo("2024-03-04T09:14:40Z");
        assertThat(cells(result, TicketField.CLOSED_AT)[2]).isEmpty();
        assertThat(cells(result, TicketField.GROUP)[0]).isEqualTo("Support RU");
        assertThat(cells(result, TicketField.SATISFACTION)[0]).isEqualTo("5");
    }

    @Test
    void russianHeadersInWindows1251AreMappedAndDayFirstDatesRead() {
        ImportResult result = importFile(TestFiles.resource("tickets/tickets_ru_1251.csv"));

        assertThat(cells(result, TicketField.CREATED_AT)[3]).isEqualTo("2024-03-13T18:47:00");
        assertThat(cells(result, TicketField.FIRST_REPLY_AT)[2]).isEmpty();
        assertThat(cells(result, TicketField.ASSIGNEE)[0]).isEqualTo("Соколов Иван");
        assertThat(cells(result, TicketField.REQUESTER)[0]).isEqualTo("Петрова Анна");
        assertThat(cells(result, TicketField.DESCRIPTION)[1]).contains("Прошу вернуть");
        assertThat(result.dataset().column("status").orElseThrow().label()).isEqualTo("Статус");
    }

    @Test
    void anUnknownTableImportedAsTicketsMapsWhatItCanAndKeepsTheRest() throws IOException {
        Path file = temp.resolve("helpdesk.csv");
        Files.writeString(
                file,
                """
                Case,Opened,Owner,Status,Region
                C-1,2024-01-05 10:00,Ann,Open,North
                C-2,2024-01-06 11:30,Bob,Closed,South
                """,
                StandardCharsets.UTF_8);

        ImportResult result = importFile(file);

        assertThat(result.dataset().layout()).isEqualTo("generic");
        assertThat(result.dataset().columns())
                .extracting(Column::key)
                .containsExactly("Case", "Opened", "assignee", "status", "Region");
        assertThat(result.dataset().column("Opened").orElseThrow().type()).isEqualTo(ValueType.DATETIME);
        assertThat(repository.readColumn(
                        result.dataset(), result.dataset().column("Opened").orElseThrow()))
                .containsExactly("2024-01-05T10:00:00", "2024-01-06T11:30:00");
    }

    @Test
    void aCreatedCellThatIsNotADateIsRefusedWithItsLineAndColumnAndNothingIsLoaded() throws IOException {
        Path file = temp.resolve("bad.csv");
        Files.writeString(
                file,
                """
                Ticket ID,Subject,Status,Priority,Created time,Resolved time,Agent,Group
                1,A,Open,Low,2024-01-05 10:00:00,,Ann,L1
                2,B,Open,Low,tomorrow,,Ann,L1
                """,
                StandardCharsets.UTF_8);

        ImportException error = catchThrowableOfType(ImportException.class, () -> importFile(file));

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(5);
        assertThat(error.reason()).contains("Created time", "tomorrow");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void thePreviewShowsTheLayoutAndNormalisedRowsWithoutWriting() {
        ImportPreview preview =
                importer.preview(TestFiles.resource("tickets/freshdesk_tickets.csv"), ImportOptions.defaults(), 2);

        assertThat(preview.layout()).isEqualTo("freshdesk");
        assertThat(preview.rows()).hasSize(2);
        int created = preview.columns().stream()
                .filter(c -> c.key().equals("created_at"))
                .findFirst()
                .orElseThrow()
                .position();
        assertThat(preview.rows().getFirst().get(created)).isEqualTo("2024-02-12T08:14:55");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aCancelDuringALargeImportLeavesNothingBehind() throws IOException {
        StringBuilder csv = new StringBuilder("Ticket ID,Subject,Status,Priority,Created time,Agent,Group\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append(i).append(",Subject ").append(i).append(",Open,Low,2024-01-05 10:00:00,Ann,L1\n");
        }
        Path file = Files.writeString(temp.resolve("large.csv"), csv, StandardCharsets.UTF_8);
        long[] reports = {0};
        JobContext cancelling = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                reports[0]++;
            }

            @Override
            public boolean isCancelled() {
                return reports[0] >= 3;
            }
        };

        assertThatThrownBy(() -> importer.importFile(file, ImportOptions.defaults(), repository, cancelling))
                .isInstanceOf(JobCancelledException.class);
        assertThat(repository.datasets()).isEmpty();
        assertThat(repository.lastImportCommitted()).isFalse();
    }

    @Test
    void aJsonFileAskedForAsTicketsIsRefusedWithAHint() throws IOException {
        Path file = Files.writeString(temp.resolve("tickets.json"), "{\"tickets\": [{\"id\": 1}]}\n");

        ImportException error = catchThrowableOfType(ImportException.class, () -> importFile(file));

        assertThat(error.reason()).contains("JSON");
        assertThat(repository.datasets()).isEmpty();
    }
}
