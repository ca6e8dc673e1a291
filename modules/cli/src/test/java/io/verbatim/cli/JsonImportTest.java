package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} of JSON exports without {@code --kind}: Zendesk API tickets and a Telegram channel export. */
class JsonImportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path workspace;

    @TempDir
    Path scratch;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(workspace);
    }

    @Test
    void theZendeskIncrementalExportIsImportedAsTicketsWithOneRowPerTicket() throws IOException {
        Path export = SharedData.require("exports/zendesk/json/tickets.json");
        Set<String> ids = new HashSet<>();
        MAPPER.readTree(export.toFile())
                .get("tickets")
                .forEach(t -> ids.add(t.get("id").asText()));

        CliRun.Result result = cli.run("import", export.toString());

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode dataset = only(cli.json("datasets"));
        assertThat(dataset.get("name").asText()).isEqualTo("tickets");
        assertThat(dataset.get("kind").asText()).isEqualTo("tickets");
        assertThat(dataset.get("layout").asText()).isEqualTo("zendesk-json");
        assertThat(dataset.get("rows").asLong()).isEqualTo(ids.size());
    }

    @Test
    void zendeskTicketMetricsAreImportedAsTickets() {
        Path export = SharedData.require("exports/zendesk/json/ticket_metrics.json");

        CliRun.Result result = cli.run("import", export.toString());

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode dataset = only(cli.json("datasets"));
        assertThat(dataset.get("kind").asText()).isEqualTo("tickets");
        assertThat(dataset.get("layout").asText()).isEqualTo("zendesk-json");
        assertThat(dataset.get("rows").asLong()).isEqualTo(3);
    }

    @Test
    void aTelegramChannelExportIsImportedAsMentionsWithoutServiceMessages() throws IOException {
        Path export = scratch.resolve("result.json");
        Files.writeString(
                export,
                """
                {
                 "name": "Отзывы о доставке",
                 "type": "public_channel",
                 "id": 1500000001,
                 "messages": [
                  {"id": 1, "type": "service", "date": "2024-02-01T09:00:00", "date_unixtime": "1706767200",
                   "actor": "Отзывы о доставке", "action": "create_channel", "text": ""},
                  {"id": 2, "type": "message", "date": "2024-02-01T10:00:00", "date_unixtime": "1706770800",
                   "from": "Отзывы о доставке", "text": ["Курьер опоздал на два часа, ",
                   {"type": "link", "text": "https://example.ru/complaint"}],
                   "reactions": [{"type": "emoji", "count": 7, "emoji": "😡"}]},
                  {"id": 3, "type": "message", "date": "2024-02-02T11:30:00", "date_unixtime": "1706862600",
                   "from": "Отзывы о доставке", "text": "Сегодня всё пришло вовремя, спасибо!"}
                 ]
                }
                """);

        CliRun.Result result = cli.run("import", export.toString());

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode dataset = only(cli.json("datasets"));
        assertThat(dataset.get("name").asText()).isEqualTo("Отзывы о доставке");
        assertThat(dataset.get("kind").asText()).isEqualTo("mentions");
        assertThat(dataset.get("layout").asText()).isEqualTo("telegram-json");
        assertThat(dataset.get("rows").asLong()).isEqualTo(2);
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumnAndNoDataset() throws IOException {
        Path export = scratch.resolve("tickets.json");
        Files.writeString(export, "{\"tickets\": [\n  {\"id\": 1,}\n]}");

        CliRun.Result result = cli.run("import", export.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("tickets.json:2:");
        assertThat(cli.json("datasets")).isEmpty();
    }

    private static JsonNode only(JsonNode datasets) {
        assertThat(datasets).hasSize(1);
        return datasets.get(0);
    }
}
