package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, acceptance 2: ticket KPIs from {@code kpi} equal an independent computation written here from the raw
 * files' timestamps ({@link IndependentKpi}: a minute-by-minute walk on its own table of Russian holidays), on the
 * calendar and the business clock, for the Zendesk JSON copies, a fixture whose tickets live through Russian holidays
 * and transferred days, and the shared synthetic tickets (skipped when {@code ../shared/data} is absent).
 */
class KpiAcceptanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double MINUTES = 1e-6;

    @TempDir
    Path workspace;

    private CliRun cli;

    @BeforeEach
    void workspace() {
        cli = new CliRun(workspace);
    }

    /** A ticket's clock as the raw file gives it, with its breakdown value. */
    private record Span(String group, Instant from, Instant to) {}

    @Test
    void holidayTicketsMatchTheIndependentComputation() throws IOException {
        Path file = Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/cli/src/test/resources/tickets/ru_holiday_tickets.csv");
        importFile(file, "ru", "--kind", "tickets");
        List<String[]> rows = Files.readAllLines(file).stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .toList();
        // Columns: id, created, first reply, solved, status, priority, channel, requester; all times carry offsets.
        compare("ru", "frt", spans(rows, r -> r[6], r -> at(r[1]), r -> at(r[2])));
        compare("ru", "resolution", spans(rows, r -> r[6], r -> at(r[1]), r -> at(r[3])));
    }

    @Test
    void zendeskJsonTicketsMatchTheIndependentComputation() throws IOException {
        Path folder = Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/ingest/src/test/resources/zendesk_synthetic");
        importFile(folder.resolve("tickets.json"), "zd");
        // The latest version of each ticket; its metric set gives the reply minutes and the solved time.
        Map<String, JsonNode> tickets = new LinkedHashMap<>();
        MAPPER.readTree(folder.resolve("tickets.json").toFile())
                .get("tickets")
                .forEach(t -> tickets.put(t.get("id").asText(), t));
        Map<String, JsonNode> metrics = new LinkedHashMap<>();
        MAPPER.readTree(folder.resolve("ticket_metrics.json").toFile())
                .get("ticket_metrics")
                .forEach(m -> metrics.put(m.get("ticket_id").asText(), m));
        List<Span> replies = new ArrayList<>();
        List<Span> resolutions = new ArrayList<>();
        tickets.forEach((id, ticket) -> {
            JsonNode set = metrics.get(id);
            Instant created = at(ticket.get("created_at").asText());
            String channel = ticket.get("via").get("channel").asText();
            JsonNode minutes =
                    set == null ? null : set.get("reply_time_in_minutes").get("calendar");
            replies.add(
                    new Span(channel, created, minutes == null ? null : created.plusSeconds(60 * minutes.asLong())));
            JsonNode solved = set == null ? null : set.get("solved_at");
            resolutions.add(new Span(channel, created, solved == null ? null : at(solved.asText())));
        });
        compare("zd", "frt", replies);
        compare("zd", "resolution", resolutions);
    }

    @Test
    void theRecordedZendeskExportHasOnlyOpenTicketsSoNothingIsTimed() {
        Path tickets = Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/ingest/src/test/resources/zendesk/tickets.json");
        importFile(tickets, "open");
        JsonNode json = cli.json("kpi", "--dataset", "open", "--metric", "frt", "--calendar", "ru");
        // The four tickets of the recorded export (2, 3, 4, 1002) are all open and unanswered.
        assertThat(json.get("durations").get(0).get("n").asLong()).isZero();
        assertThat(json.get("notes").get(0).asText())
                .isEqualTo("4 tickets without first_reply_at left out (not answered" + " yet)");
    }

    @Test
    void sharedSyntheticTicketsRefuseWhatTheyCannotSupportAndMatchWhatTheyCan() throws IOException {
        Path file = SharedData.require("exports/tickets_synthetic/customer_support_tickets.csv");
        importFile(file, "synth");
        // The export has no creation time: first reply time (and SLA, repeats, backlog) cannot be computed.
        CliRun.Result frt = cli.run("kpi", "--dataset", "synth", "--metric", "frt");
        assertThat(frt.code()).isEqualTo(1);
        assertThat(frt.err())
                .startsWith("cannot compute first reply time for dataset synth: it has no times in" + " created_at");
        assertThat(frt.err().lines()).hasSize(1);
        // What it can give: time from first response to resolution, on a custom clock; naive times read in Moscow.
        List<Span> spans = new ArrayList<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord record : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                String reply = record.getField(14);
                String solved = record.getField(15);
                spans.add(new Span(
                        record.getField(13),
                        reply.isEmpty()
                                ? null
                                : LocalDateTime.parse(reply, format)
                                        .atZone(IndependentKpi.MOSCOW)
                                        .toInstant(),
                        solved.isEmpty()
                                ? null
                                : LocalDateTime.parse(solved, format)
                                        .atZone(IndependentKpi.MOSCOW)
                                        .toInstant()));
            }
        }
        compare("synth", "resolution", spans, "--profile", "custom", "--start", "first_reply_at", "--end", "solved_at");
    }

    /** Runs kpi by channel on the Russian calendar and checks every group and clock against the spans. */
    private void compare(String dataset, String metric, List<Span> spans, String... extra) {
        List<String> args = new ArrayList<>(
                List.of("kpi", "--dataset", dataset, "--metric", metric, "--calendar", "ru", "--by", "channel"));
        args.addAll(List.of(extra));
        JsonNode json = cli.json(args.toArray(String[]::new));
        List<Span> timed = spans.stream()
                .filter(s -> s.from() != null && s.to() != null && !s.to().isBefore(s.from()))
                .toList();
        TreeSet<String> groups = new TreeSet<>();
        spans.forEach(s -> groups.add(s.group()));
        int checked = 0;
        for (String group : concat("all", groups)) {
            List<Span> mine = timed.stream()
                    .filter(s -> group.equals("all") || s.group().equals(group))
                    .toList();
            checkRow(
                    json,
                    group,
                    "calendar",
                    mine.stream()
                            .map(s -> IndependentKpi.calendarMinutes(s.from(), s.to()))
                            .toList());
            checkRow(
                    json,
                    group,
                    "business",
                    mine.stream()
                            .map(s -> IndependentKpi.businessMinutes(s.from(), s.to()))
                            .toList());
            checked++;
        }
        assertThat(checked).isEqualTo(groups.size() + 1);
    }

    private static void checkRow(JsonNode json, String group, String clock, List<Double> expected) {
        JsonNode row = null;
        for (JsonNode candidate : json.get("durations")) {
            if (candidate.get("group").asText().equals(group)
                    && candidate.get("clock").asText().equals(clock)) {
                row = candidate;
            }
        }
        assertThat(row).as(group + " " + clock).isNotNull();
        String what = json.get("metric").asText() + " " + group + " " + clock;
        assertThat(row.get("n").asLong()).as(what + " n").isEqualTo(expected.size());
        if (expected.isEmpty()) {
            return;
        }
        assertThat(row.get("mean_minutes").asDouble())
                .as(what + " mean")
                .isCloseTo(IndependentKpi.mean(expected), within(MINUTES));
        assertThat(row.get("median_minutes").asDouble())
                .as(what + " median")
                .isCloseTo(IndependentKpi.percentile(expected, 0.5), within(MINUTES));
        assertThat(row.get("p90_minutes").asDouble())
                .as(what + " p90")
                .isCloseTo(IndependentKpi.percentile(expected, 0.9), within(MINUTES));
    }

    private static List<String> concat(String first, TreeSet<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static List<Span> spans(
            List<String[]> rows,
            Function<String[], String> group,
            Function<String[], Instant> from,
            Function<String[], Instant> to) {
        return rows.stream()
                .map(r -> new Span(group.apply(r), from.apply(r), to.apply(r)))
                .toList();
    }

    private void importFile(Path file, String dataset, String... extra) {
        List<String> args = new ArrayList<>(List.of("import", file.toString(), "--dataset", dataset));
        args.addAll(List.of(extra));
        CliRun.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
    }

    private static Instant at(String text) {
        return text.isEmpty() ? null : OffsetDateTime.parse(text).toInstant();
    }
}
