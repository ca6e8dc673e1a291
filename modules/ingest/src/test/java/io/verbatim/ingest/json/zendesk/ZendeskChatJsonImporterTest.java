package io.verbatim.ingest.json.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.TestFiles;
import io.verbatim.ingest.catalog.StandardImporters;
import io.verbatim.ingest.json.ImportedRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZendeskChatJsonImporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ZendeskChatJsonImporter importer = new ZendeskChatJsonImporter();
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    @TempDir
    Path scratch;

    @Test
    void everyChatOfTheRecordedChatApiResponseBecomesATicketRowWithItsTimes() throws IOException {
        Path file = TestFiles.resource("zendesk/chat.json");
        JsonNode docs = MAPPER.readTree(file.toFile()).get("docs");

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.TICKETS);
        assertThat(result.dataset().layout()).isEqualTo("zendesk-chat-json");
        assertThat(result.rowsLoaded()).isEqualTo(docs.size());
        assertThat(result.dataset().columns().stream().map(Column::key))
                .containsAll(Arrays.stream(TicketField.values())
                        .filter(f -> f != TicketField.SUBJECT && f != TicketField.PRIORITY)
                        .map(TicketField::key)
                        .toList());
        List<Map<String, String>> rows = ImportedRows.of(repository, result.dataset());
        for (int i = 0; i < docs.size(); i++) {
            JsonNode chat = docs.get(i);
            Map<String, String> row = rows.get(i);
            OffsetDateTime started = OffsetDateTime.parse(chat.get("timestamp").asText());
            long firstSeconds = chat.path("response_time").get("first").asLong();
            assertThat(row.get("id")).isEqualTo(chat.get("id").asText());
            assertThat(row.get("created_at")).isEqualTo(chat.get("timestamp").asText());
            assertThat(OffsetDateTime.parse(row.get("first_reply_at")).toInstant())
                    .isEqualTo(started.plusSeconds(firstSeconds).toInstant());
            assertThat(row.get("solved_at")).isEqualTo(chat.get("end_timestamp").asText());
            assertThat(row.get("closed_at")).isEqualTo(chat.get("end_timestamp").asText());
            assertThat(row.get("channel")).isEqualTo("chat");
            assertThat(row.get("assignee")).isEqualTo(names(chat.get("agent_names")));
            assertThat(row.get("requester"))
                    .isEqualTo(chat.path("visitor").get("id").asText());
            assertThat(row.get("first_reply_minutes")).isEqualTo("0.2");
        }
    }

    @Test
    void aChatKeyedByIdKeepsDepartmentRatingTagsAndTheVisitorsFirstMessage() throws IOException {
        Path file = Files.writeString(
                scratch.resolve("chats.json"),
                """
                {"docs": {"2001.abc": {
                  "id": "2001.abc", "type": "chat", "timestamp": "2024-03-01T10:00:00Z",
                  "end_timestamp": "2024-03-01T10:20:00Z", "duration": 1200,
                  "visitor": {"id": "v-77", "name": "Ann"},
                  "session": {"start_date": "2024-03-01T09:55:00Z"},
                  "response_time": {"first": 90, "avg": 30, "max": 90},
                  "agent_names": ["Bo", "Cy"], "department_name": "Billing", "rating": "bad",
                  "comment": "slow answer", "tags": ["refund", "vip"],
                  "history": [
                    {"type": "chat.memberjoin", "nick": "visitor:v-77", "name": "Ann"},
                    {"type": "chat.msg", "nick": "agent:1", "name": "Bo", "msg": "Hello, how can I help?"},
                    {"type": "chat.msg", "nick": "visitor:v-77", "name": "Ann", "msg": "I was charged twice"}
                  ]}}}
                """);

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        Map<String, String> row = ImportedRows.of(repository, result.dataset()).getFirst();
        assertThat(row.get("id")).isEqualTo("2001.abc");
        assertThat(row.get("first_reply_at")).isEqualTo("2024-03-01T10:01:30Z");
        assertThat(row.get("first_reply_minutes")).isEqualTo("1.5");
        assertThat(row.get("resolution_minutes")).isEqualTo("20");
        assertThat(row.get("group")).isEqualTo("Billing");
        assertThat(row.get("assignee")).isEqualTo("Bo, Cy");
        assertThat(row.get("satisfaction")).isEqualTo("bad");
        assertThat(row.get("tags")).isEqualTo("refund, vip");
        assertThat(row.get("description")).isEqualTo("I was charged twice");
        assertThat(row.get("comment")).isEqualTo("slow answer");
        assertThat(row.get("status")).isEqualTo("closed");
    }

    @Test
    void chatsAreRecognisedAndTicketsOrTelegramExportsAreNot() throws IOException {
        Path telegram = Files.writeString(
                scratch.resolve("result.json"), "{\"about\": \"\", \"chats\": {\"about\": \"\", \"list\": []}}");

        assertThat(importer.recognise(TestFiles.resource("zendesk/chat.json"))).isEqualTo(95);
        assertThat(importer.recognise(TestFiles.resource("zendesk/tickets.json")))
                .isZero();
        assertThat(importer.recognise(telegram)).isZero();
        assertThat(StandardImporters.all().forFile(TestFiles.resource("zendesk/chat.json")))
                .isInstanceOf(ZendeskChatJsonImporter.class);
    }

    private static String names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return String.join(", ", names);
    }
}
