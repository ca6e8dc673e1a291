package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Zendesk JSON tickets keep their first-reply and solved times" (and their stated wait and on-hold minutes on both
 * clocks): the times stored by {@code import tickets.json},
 * read back from the workspace, equal those computed here straight from the JSON (the ticket's {@code created_at}
 * plus its metric set's calendar reply minutes; the metric set's {@code solved_at}), the metric sets coming from the
 * {@code ticket_metrics.json} beside the tickets.
 */
class ZendeskTicketTimesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path workspace;

    @TempDir
    Path export;

    @Test
    void theRecordedExportKeepsItsTimesWhichAreBlankBecauseEveryTicketIsStillOpen() throws IOException {
        Path tickets = SharedData.require("exports/zendesk/json/tickets.json");
        Path metrics = tickets.resolveSibling("ticket_metrics.json");

        Map<String, Map<String, String>> rows = importAndReadBack(tickets);

        Map<String, Expected> expected = expected(tickets, metrics);
        assertTimes(rows, expected);
        assertThat(rows.get("2").get("assigned_at"))
                .as("the metric set was joined")
                .isEqualTo(metricSets(metrics).get("2").get("assigned_at").asText());
    }

    @Test
    void solvedTicketsKeepFirstReplyAndSolvedTimes() throws IOException {
        Path recorded = SharedData.require("exports/zendesk/json/tickets.json");
        Path tickets = Files.copy(recorded, export.resolve("tickets.json"));
        Path metrics = solvedMetrics(recorded.resolveSibling("ticket_metrics.json"), tickets);

        Map<String, Map<String, String>> rows = importAndReadBack(tickets);

        Map<String, Expected> expected = expected(tickets, metrics);
        assertThat(expected.values().stream()
                        .filter(e ->
                                !e.firstReplyAt().isEmpty() && !e.solvedAt().isEmpty()))
                .as("every ticket with a metric set (1002 has none) has both times")
                .hasSize(metricSets(metrics).size());
        assertTimes(rows, expected);
    }

    @Test
    void waitsAndOnHoldKeepBothClocksAsTheMetricSetsStateThem() throws IOException {
        Path recorded = SharedData.require("exports/zendesk/json/tickets.json");
        Path tickets = Files.copy(recorded, export.resolve("tickets.json"));
        Path metrics = waitingMetrics(recorded.resolveSibling("ticket_metrics.json"));

        Map<String, Map<String, String>> rows = importAndReadBack(tickets);

        Map<String, JsonNode> sets = metricSets(metrics);
        assertThat(sets).isNotEmpty();
        sets.forEach((id, set) -> {
            for (String wait : List.of("requester_wait", "agent_wait", "on_hold")) {
                JsonNode minutes = set.get(wait + "_time_in_minutes");
                assertThat(rows.get(id).get(wait + "_minutes"))
                        .as(wait + " calendar minutes of ticket " + id)
                        .isEqualTo(minutes.get("calendar").asText());
                assertThat(rows.get(id).get(wait + "_business_minutes"))
                        .as(wait + " business minutes of ticket " + id)
                        .isEqualTo(minutes.get("business").asText());
            }
        });
        assertThat(rows.get("1002").get("requester_wait_business_minutes"))
                .as("no metric set")
                .isEmpty();
    }

    /** The recorded metric sets (null waits) given distinct waits: calendar and business differ for every figure. */
    private Path waitingMetrics(Path recorded) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(recorded.toFile());
        int i = 1;
        for (JsonNode node : root.get("metric_sets")) {
            ObjectNode set = (ObjectNode) node;
            set.putObject("requester_wait_time_in_minutes")
                    .put("calendar", 100 * i)
                    .put("business", 40 * i);
            set.putObject("agent_wait_time_in_minutes").put("calendar", 30 * i).put("business", 12 * i);
            set.putObject("on_hold_time_in_minutes").put("calendar", 7 * i).put("business", 3 * i);
            i++;
        }
        Path metrics = export.resolve("ticket_metrics.json");
        MAPPER.writeValue(metrics.toFile(), root);
        return metrics;
    }

    /** The recorded metric sets, answered and solved: reply after 17 + 10·i minutes, solved 3 hours after creation. */
    private Path solvedMetrics(Path recorded, Path tickets) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(recorded.toFile());
        Map<String, JsonNode> created = new LinkedHashMap<>();
        MAPPER.readTree(tickets.toFile())
                .get("tickets")
                .forEach(t -> created.put(t.get("id").asText(), t));
        int i = 0;
        for (JsonNode node : root.get("metric_sets")) {
            ObjectNode set = (ObjectNode) node;
            String at =
                    created.get(set.get("ticket_id").asText()).get("created_at").asText();
            ((ObjectNode) set.get("reply_time_in_minutes")).put("calendar", 17 + 10 * i++);
            set.put("solved_at", OffsetDateTime.parse(at).plusHours(3).toString());
        }
        Path metrics = export.resolve("ticket_metrics.json");
        MAPPER.writeValue(metrics.toFile(), root);
        return metrics;
    }

    private record Expected(String firstReplyAt, String solvedAt) {}

    /** Per ticket id (latest version), the times computed from the JSON alone. */
    private static Map<String, Expected> expected(Path tickets, Path metrics) throws IOException {
        Map<String, JsonNode> sets = metricSets(metrics);
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (JsonNode ticket : MAPPER.readTree(tickets.toFile()).get("tickets")) {
            String id = ticket.get("id").asText();
            JsonNode set = sets.get(id);
            JsonNode minutes =
                    set == null ? null : set.path("reply_time_in_minutes").get("calendar");
            String firstReply = minutes == null || minutes.isNull()
                    ? ""
                    : OffsetDateTime.parse(ticket.get("created_at").asText())
                            .plusMinutes(minutes.asLong())
                            .toString();
            String solved = set == null || set.path("solved_at").isNull()
                    ? ""
                    : set.get("solved_at").asText();
            expected.put(id, new Expected(firstReply, solved));
        }
        return expected;
    }

    private static Map<String, JsonNode> metricSets(Path metrics) throws IOException {
        Map<String, JsonNode> sets = new LinkedHashMap<>();
        MAPPER.readTree(metrics.toFile())
                .get("metric_sets")
                .forEach(m -> sets.put(m.get("ticket_id").asText(), m));
        return sets;
    }

    private static void assertTimes(Map<String, Map<String, String>> rows, Map<String, Expected> expected) {
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, times) -> {
            assertThat(instant(rows.get(id).get("first_reply_at")))
                    .as("first reply of ticket " + id)
                    .isEqualTo(instant(times.firstReplyAt()));
            assertThat(instant(rows.get(id).get("solved_at")))
                    .as("solved time of ticket " + id)
                    .isEqualTo(instant(times.solvedAt()));
        });
    }

    private static String instant(String time) {
        return time == null || time.isEmpty()
                ? ""
                : OffsetDateTime.parse(time).toInstant().toString();
    }

    /** Imports through the command line, then reads every column back through the store, rows keyed by ticket id. */
    private Map<String, Map<String, String>> importAndReadBack(Path tickets) {
        CliRun.Result result = new CliRun(workspace).run("import", tickets.toString());
        assertThat(result.code()).as(result.err()).isZero();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (Workspace open = Workspace.open(workspace)) {
            Dataset dataset = open.datasets().datasets().getFirst();
            List<Column> columns = dataset.columns();
            Map<String, String[]> cells = new LinkedHashMap<>();
            for (Column column : columns) {
                cells.put(column.key(), open.datasets().readColumn(dataset, column));
            }
            String[] ids = cells.get("id");
            for (int r = 0; r < ids.length; r++) {
                Map<String, String> row = new LinkedHashMap<>();
                for (Map.Entry<String, String[]> column : cells.entrySet()) {
                    row.put(column.getKey(), column.getValue()[r]);
                }
                rows.put(ids[r], row);
            }
        }
        return rows;
    }
}
