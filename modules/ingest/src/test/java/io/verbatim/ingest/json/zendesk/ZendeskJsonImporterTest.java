package io.verbatim.ingest.json.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.TestFiles;
import io.verbatim.ingest.json.ImportedRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZendeskJsonImporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ZendeskJsonImporter importer = new ZendeskJsonImporter();
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    @TempDir
    Path scratch;

    @Test
    void everyTicketOfTheRealIncrementalExportBecomesOneRowUnderTheCanonicalColumns() throws IOException {
        Path file = TestFiles.resource("zendesk/tickets.json");
        Map<String, JsonNode> latest = latestTickets(file);

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.TICKETS);
        assertThat(result.dataset().layout()).isEqualTo("zendesk-json");
        assertThat(result.rowsLoaded()).isEqualTo(latest.size());
        assertThat(result.rowsExcluded())
                .isEqualTo(MAPPER.readTree(file.toFile()).get("tickets").size() - latest.size());
        assertThat(result.dataset().columns().stream().map(Column::key)).contains(canonicalKeys());
        Map<String, Map<String, String>> rows =
                ImportedRows.byKey(ImportedRows.of(repository, result.dataset()), TicketField.ID.key());
        assertThat(rows.keySet()).containsExactlyElementsOf(latest.keySet());
        latest.forEach((id, ticket) -> {
            Map<String, String> row = rows.get(id);
            assertThat(row.get("created_at")).isEqualTo(ticket.get("created_at").asText());
            assertThat(row.get("status")).isEqualTo(ticket.get("status").asText());
            assertThat(row.get("channel"))
                    .isEqualTo(ticket.path("via").get("channel").asText());
            assertThat(row.get("group")).isEqualTo(ticket.get("group_id").asText());
            assertThat(row.get("assignee")).isEqualTo(ticket.get("assignee_id").asText());
            assertThat(row.get("requester"))
                    .isEqualTo(ticket.get("requester_id").asText());
            assertThat(row.get("subject")).isEqualTo(ticket.get("subject").asText());
            assertThat(row.get("description"))
                    .isEqualTo(ticket.get("description").asText());
            assertThat(row.get("priority")).isEmpty();
        });
    }

    @Test
    void theCursorExportKeepsTagsPriorityAndSatisfaction() throws IOException {
        Path file = TestFiles.resource("zendesk/cursor_based_tickets.json");
        JsonNode ticket = MAPPER.readTree(file.toFile()).get("tickets").get(0);

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        Map<String, String> row = ImportedRows.of(repository, result.dataset()).getFirst();
        List<String> tags = new ArrayList<>();
        ticket.get("tags").forEach(t -> tags.add(t.asText()));
        assertThat(row.get("tags")).isEqualTo(String.join(", ", tags));
        assertThat(row.get("priority")).isEqualTo(ticket.get("priority").asText());
        assertThat(row.get("satisfaction"))
                .isEqualTo(ticket.path("satisfaction_rating").get("score").asText());
    }

    @Test
    void ticketsKeepTheirFirstReplyAndSolvedTimesWhenTheMetricsFileSitsBesideThem() throws IOException {
        Path file = TestFiles.resource("zendesk_synthetic/tickets.json");
        Map<String, JsonNode> tickets = latestTickets(file);
        JsonNode metrics = MAPPER.readTree(TestFiles.resource("zendesk_synthetic/ticket_metrics.json")
                        .toFile())
                .get("ticket_metrics");

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        Map<String, Map<String, String>> rows = ImportedRows.byKey(ImportedRows.of(repository, result.dataset()), "id");
        assertThat(rows).hasSize(tickets.size());
        assertThat(metrics.size()).isPositive();
        for (JsonNode metric : metrics) {
            String id = metric.get("ticket_id").asText();
            Map<String, String> row = rows.get(id);
            long replyMinutes =
                    metric.path("reply_time_in_minutes").get("calendar").asLong();
            OffsetDateTime created =
                    OffsetDateTime.parse(tickets.get(id).get("created_at").asText());
            assertThat(row.get("first_reply_minutes")).isEqualTo(String.valueOf(replyMinutes));
            assertThat(OffsetDateTime.parse(row.get("first_reply_at")).toInstant())
                    .isEqualTo(created.plusMinutes(replyMinutes).toInstant());
            assertThat(row.get("solved_at")).isEqualTo(metric.get("solved_at").asText());
            assertThat(row.get("resolution_minutes"))
                    .isEqualTo(metric.path("full_resolution_time_in_minutes")
                            .get("calendar")
                            .asText());
            assertThat(row.get("first_reply_business_minutes"))
                    .isEqualTo(
                            metric.path("reply_time_in_minutes").get("business").asText());
        }
        assertThat(rows.get("503")).containsEntry("first_reply_at", "").containsEntry("solved_at", "");
    }

    @Test
    void onlyTheLatestVersionOfATicketRepeatedByTheIncrementalExportIsStored() {
        Path file = TestFiles.resource("zendesk_synthetic/tickets.json");

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        assertThat(result.rowsExcluded()).isEqualTo(1);
        Map<String, String> row = ImportedRows.byKey(ImportedRows.of(repository, result.dataset()), "id")
                .get("502");
        assertThat(row)
                .containsEntry("status", "solved")
                .containsEntry("tags", "billing, refund")
                .containsEntry("satisfaction", "bad")
                .containsEntry("assignee", "7002");
    }

    @Test
    void theRealSampleIsJoinedWithTheMetricSetsOfTheTicketMetricsFileBesideIt() throws IOException {
        Path file = TestFiles.resource("zendesk/tickets.json");
        JsonNode metricSets = MAPPER.readTree(
                        TestFiles.resource("zendesk/ticket_metrics.json").toFile())
                .get("metric_sets");

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        Map<String, Map<String, String>> rows = ImportedRows.byKey(ImportedRows.of(repository, result.dataset()), "id");
        for (JsonNode metric : metricSets) {
            Map<String, String> row = rows.get(metric.get("ticket_id").asText());
            assertThat(row.get("initially_assigned_at"))
                    .isEqualTo(metric.get("initially_assigned_at").asText());
            assertThat(row.get("solved_at")).isEqualTo(textOrBlank(metric.get("solved_at")));
            assertThat(row.get("first_reply_minutes"))
                    .isEqualTo(textOrBlank(metric.path("reply_time_in_minutes").get("calendar")));
        }
    }

    @Test
    void aTicketMetricsFileImportedAloneGivesOneRowPerMetricSet() throws IOException {
        Path file = TestFiles.resource("zendesk_synthetic/ticket_metrics.json");
        JsonNode metrics = MAPPER.readTree(file.toFile()).get("ticket_metrics");

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.TICKETS);
        List<Map<String, String>> rows = ImportedRows.of(repository, result.dataset());
        assertThat(rows).hasSize(metrics.size());
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode metric = metrics.get(i);
            assertThat(rows.get(i))
                    .containsEntry("id", metric.get("ticket_id").asText())
                    .containsEntry("metric_id", metric.get("id").asText())
                    .containsEntry("solved_at", metric.get("solved_at").asText())
                    .containsEntry(
                            "first_reply_minutes",
                            metric.path("reply_time_in_minutes").get("calendar").asText());
        }
    }

    @Test
    void waitAndOnHoldMinutesAreKeptOnBothClocksAsTheMetricSetsStateThem() throws IOException {
        // Joined with the tickets (503 has no metric set, so its cells are blank) and imported alone.
        Path tickets = TestFiles.resource("zendesk_synthetic/tickets.json");
        Path metricsFile = TestFiles.resource("zendesk_synthetic/ticket_metrics.json");
        JsonNode metrics = MAPPER.readTree(metricsFile.toFile()).get("ticket_metrics");

        ImportResult joined = importer.importFile(tickets, ImportOptions.defaults(), repository, JobContext.none());
        ImportResult alone = importer.importFile(metricsFile, ImportOptions.defaults(), repository, JobContext.none());

        Map<String, Map<String, String>> joinedRows =
                ImportedRows.byKey(ImportedRows.of(repository, joined.dataset()), "id");
        Map<String, Map<String, String>> aloneRows =
                ImportedRows.byKey(ImportedRows.of(repository, alone.dataset()), "id");
        assertThat(metrics.size()).isEqualTo(2);
        for (JsonNode metric : metrics) {
            String id = metric.get("ticket_id").asText();
            assertWaits(joinedRows.get(id), metric);
            assertWaits(aloneRows.get(id), metric);
        }
        assertThat(joinedRows.get("503"))
                .containsEntry("requester_wait_business_minutes", "")
                .containsEntry("on_hold_business_minutes", "");
        assertThat(joined.dataset().column("requester_wait_business_minutes"))
                .hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("Requester wait time, business minutes"));
    }

    @Test
    void theRecordedExportsNullWaitsStayBlankAndItsZeroOnHoldStaysZero() throws IOException {
        Path file = TestFiles.resource("zendesk/tickets.json");
        JsonNode metricSets = MAPPER.readTree(
                        TestFiles.resource("zendesk/ticket_metrics.json").toFile())
                .get("metric_sets");

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        Map<String, Map<String, String>> rows = ImportedRows.byKey(ImportedRows.of(repository, result.dataset()), "id");
        assertThat(metricSets.size()).isPositive();
        for (JsonNode metric : metricSets) {
            assertWaits(rows.get(metric.get("ticket_id").asText()), metric);
        }
    }

    /** The six wait columns of a row equal the metric set's own figures, read here with the tree model. */
    private static void assertWaits(Map<String, String> row, JsonNode metric) {
        Map<String, String> columns = Map.of(
                "requester_wait", "requester_wait_time_in_minutes",
                "agent_wait", "agent_wait_time_in_minutes",
                "on_hold", "on_hold_time_in_minutes");
        columns.forEach((key, field) -> {
            assertThat(row.get(key + "_minutes"))
                    .as(key + " calendar of ticket " + metric.get("ticket_id"))
                    .isEqualTo(textOrBlank(metric.path(field).get("calendar")));
            assertThat(row.get(key + "_business_minutes"))
                    .as(key + " business of ticket " + metric.get("ticket_id"))
                    .isEqualTo(textOrBlank(metric.path(field).get("business")));
        });
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumnAndLeavesNothingBehind() throws IOException {
        Path file = scratch.resolve("tickets.json");
        Files.writeString(
                file,
                """
                {
                  "tickets": [
                    {"id": 1, "subject": "ok"},
                    {"id": 2 "subject": "missing comma"}
                  ]
                }
                """,
                StandardCharsets.UTF_8);

        ImportException e = catchThrowableOfType(
                ImportException.class,
                () -> importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isBetween(12, 15);
        assertThat(e.getMessage()).startsWith("tickets.json:4:").contains("not valid JSON");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aFileCutShortIsRefusedAndLeavesNothingBehind() throws IOException {
        Path file = scratch.resolve("tickets.json");
        String whole = Files.readString(TestFiles.resource("zendesk/tickets.json"));
        Files.writeString(file, whole.substring(0, whole.length() / 2));

        ImportException e = catchThrowableOfType(
                ImportException.class,
                () -> importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(e.line()).isPositive();
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void ticketEventsAreRefusedWithAReasonThatNamesTheFileToImportInstead() {
        Path file = TestFiles.resource("zendesk/ticket_events_share_same_time_with_next_page.json");

        ImportException e = catchThrowableOfType(
                ImportException.class,
                () -> importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(e.reason()).contains("ticket events are not supported yet").contains("tickets.json");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aSingleTicketAsTheTicketsEndpointReturnsItIsOneRow() throws IOException {
        Path file = TestFiles.resource("zendesk/ticket_with_related_objects.json");
        JsonNode ticket = MAPPER.readTree(file.toFile()).get("ticket");

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        assertThat(ImportedRows.of(repository, result.dataset()))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("id", ticket.get("id").asText())
                        .containsEntry("subject", ticket.get("subject").asText()));
    }

    @Test
    void otherZendeskApiExportsAreClaimedAndRefusedWithAReason() {
        Path users = TestFiles.resource("zendesk/simple_user.json");

        ImportException e = catchThrowableOfType(
                ImportException.class,
                () -> importer.importFile(users, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(importer.recognise(users)).isEqualTo(90);
        assertThat(e.reason()).startsWith("Zendesk users are not a dataset Verbatim imports");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void thePreviewShowsTheFirstRowsAndWritesNothing() {
        ImportPreview preview =
                importer.preview(TestFiles.resource("zendesk_synthetic/tickets.json"), ImportOptions.defaults(), 2);

        assertThat(preview.layout()).isEqualTo("zendesk-json");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().getFirst().getFirst()).isEqualTo("501");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void zendeskExportsAreRecognisedAndOtherFilesAreNot() throws IOException {
        Path empty = Files.writeString(scratch.resolve("empty.json"), "");
        Path array = Files.writeString(scratch.resolve("array.json"), "[{\"tickets\": 1}]");

        assertThat(importer.recognise(TestFiles.resource("zendesk/tickets.json")))
                .isEqualTo(95);
        assertThat(importer.recognise(TestFiles.resource("zendesk/ticket_metrics.json")))
                .isEqualTo(95);
        assertThat(importer.recognise(TestFiles.resource("zendesk_synthetic/ticket_metrics.json")))
                .isEqualTo(95);
        assertThat(importer.recognise(TestFiles.resource("qualtrics/sample.csv")))
                .isZero();
        assertThat(importer.recognise(TestFiles.resource("telegram/result.json")))
                .isZero();
        assertThat(importer.recognise(empty)).isZero();
        assertThat(importer.recognise(array)).isZero();
        assertThat(importer.recognise(scratch.resolve("missing.json"))).isZero();
    }

    private static String[] canonicalKeys() {
        return new String[] {
            TicketField.ID.key(),
            TicketField.CREATED_AT.key(),
            TicketField.FIRST_REPLY_AT.key(),
            TicketField.SOLVED_AT.key(),
            TicketField.FIRST_REPLY_MINUTES.key(),
            TicketField.RESOLUTION_MINUTES.key(),
            TicketField.STATUS.key(),
            TicketField.PRIORITY.key(),
            TicketField.CHANNEL.key(),
            TicketField.GROUP.key(),
            TicketField.ASSIGNEE.key(),
            TicketField.REQUESTER.key(),
            TicketField.SATISFACTION.key(),
            TicketField.TAGS.key(),
            TicketField.SUBJECT.key(),
            TicketField.DESCRIPTION.key()
        };
    }

    /** The last version of each ticket in the export, in order of first appearance, read with the tree model. */
    private static Map<String, JsonNode> latestTickets(Path file) throws IOException {
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        MAPPER.readTree(file.toFile())
                .get("tickets")
                .forEach(t -> latest.put(t.get("id").asText(), t));
        return latest;
    }

    private static String textOrBlank(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }
}
