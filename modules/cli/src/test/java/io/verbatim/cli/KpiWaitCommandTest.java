package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kpi --metric requester-wait|agent-wait|on-hold} end to end: the Zendesk JSON is imported into a real H2
 * workspace and the figures are the minutes Zendesk states, summarised by hand here (type 7 percentiles: sorted
 * x0..x(n−1), h = (n − 1)·q, p = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋)).
 *
 * <p>The fixture {@link #FIVE_SETS}, five metric sets (set 4 not recorded yet):
 *
 * <pre>
 * requester wait calendar 45, 1500, 200, —, 4380 → sorted 45, 200, 1500, 4380: mean 6125/4 = 1531.25,
 *   median (h 1.5) 200 + .5·1300 = 850, p90 (h 2.7) 1500 + .7·2880 = 3516
 * requester wait business 45, 420, 140, —, 960 → sorted 45, 140, 420, 960: mean 1565/4 = 391.25,
 *   median 140 + .5·280 = 280, p90 420 + .7·540 = 798
 * agent wait calendar 0, 60, 1440, —, 2880: mean 4380/4 = 1095, median 60 + .5·1380 = 750, p90 1440 + .7·1440 = 2448
 * agent wait business 0, 60, 480, —, 960: mean 1500/4 = 375, median 60 + .5·420 = 270, p90 480 + .7·480 = 816
 * on hold calendar 0, 0, 600, —, 0 → 0, 0, 0, 600: mean 150, median 0, p90 0 + .7·600 = 420
 * on hold business 0, 0, 180, —, 0 → 0, 0, 0, 180: mean 45, median 0, p90 .7·180 = 126
 * </pre>
 *
 * <p>The synthetic Zendesk export in the ingest test resources (tickets 501 high, 502 normal, 503 without a priority
 * nor a metric set): requester wait 1527 / 527 and 3165 / 1035 (calendar / business) → calendar mean 4692/2 = 2346,
 * median 2346, p90 (h .9) 1527 + .9·1638 = 3001.2; business mean 1562/2 = 781, median 781, p90 527 + .9·508 = 984.2.
 * The recorded (Apache-2.0) export: its three metric sets state null waits and 0 minutes on hold; ticket 1002 has none.
 */
class KpiWaitCommandTest {

    private static final double MINUTES = 1e-6;

    private static final String FIVE_SETS =
            """
            {"ticket_metrics": [
              {"id": 91, "ticket_id": 1, "created_at": "2025-03-03T09:00:00Z",
               "requester_wait_time_in_minutes": {"calendar": 45, "business": 45},
               "agent_wait_time_in_minutes": {"calendar": 0, "business": 0},
               "on_hold_time_in_minutes": {"calendar": 0, "business": 0}},
              {"id": 92, "ticket_id": 2, "created_at": "2025-03-04T16:00:00Z",
               "requester_wait_time_in_minutes": {"calendar": 1500, "business": 420},
               "agent_wait_time_in_minutes": {"calendar": 60, "business": 60},
               "on_hold_time_in_minutes": {"calendar": 0, "business": 0}},
              {"id": 93, "ticket_id": 3, "created_at": "2025-03-05T10:00:00Z",
               "requester_wait_time_in_minutes": {"calendar": 200, "business": 140},
               "agent_wait_time_in_minutes": {"calendar": 1440, "business": 480},
               "on_hold_time_in_minutes": {"calendar": 600, "business": 180}},
              {"id": 94, "ticket_id": 4, "created_at": "2025-03-06T11:00:00Z",
               "requester_wait_time_in_minutes": {"calendar": null, "business": null},
               "agent_wait_time_in_minutes": {"calendar": null, "business": null},
               "on_hold_time_in_minutes": {"calendar": null, "business": null}},
              {"id": 95, "ticket_id": 5, "created_at": "2025-03-07T12:00:00Z",
               "requester_wait_time_in_minutes": {"calendar": 4380, "business": 960},
               "agent_wait_time_in_minutes": {"calendar": 2880, "business": 960},
               "on_hold_time_in_minutes": {"calendar": 0, "business": 0}}
            ], "next_page": null, "count": 5}
            """;

    @TempDir
    Path workspace;

    @TempDir
    Path files;

    private CliRun cli;

    @BeforeEach
    void workspace() {
        cli = new CliRun(workspace);
    }

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
                    # metric,      calendar: mean, median, p90, business: mean, median, p90
                    requester-wait, 1531.25, 850, 3516, 391.25, 280, 798
                    agent-wait,     1095,    750, 2448, 375,    270, 816
                    on-hold,        150,     0,   420,  45,     0,   126
                    """)
    void eachWaitEqualsTheHandComputedFiguresOnBothOfZendesksClocks(
            String metric,
            double calMean,
            double calMedian,
            double calP90,
            double bizMean,
            double bizMedian,
            double bizP90)
            throws IOException {
        importFile(fixture(), "waits");

        JsonNode json = cli.json("kpi", "--dataset", "waits", "--metric", metric);

        assertThat(json.get("metric").asText()).isEqualTo(metric);
        assertRow(json.get("durations").get(0), "all", "stated calendar", 4, calMean, calMedian, calP90);
        assertRow(json.get("durations").get(1), "all", "stated business", 4, bizMean, bizMedian, bizP90);
        assertThat(json.get("durations")).hasSize(2);
        assertThat(json.get("notes").toString()).contains("1 ticket without a stated");
        assertThat(json.get("definition").toString())
                .contains("stated by the tool (Zendesk ticket metrics), not recomputed; business = Zendesk's own"
                        + " schedule");
    }

    @Test
    void theTextCarriesTheFiguresInHoursAndTheDefinitionButNoCalendarHint() throws IOException {
        importFile(fixture(), "waits");

        CliRun.Result result = cli.run("kpi", "--dataset", "waits", "--metric", "requester-wait");

        assertThat(result.code()).as(result.err()).isZero();
        // 1531.25 / 60 = 25.52 h, 850 / 60 = 14.17 h, 3516 / 60 = 58.60 h; 391.25 / 60 = 6.52 h, 280 / 60 = 4.67 h,
        // 798 / 60 = 13.30 h.
        assertThat(result.out())
                .contains("Requester wait time of waits (profile zendesk)")
                .containsPattern("all\\s+stated calendar\\s+n=4\\s+mean\\s+25\\.52 h\\s+median\\s+14\\.17 h\\s+p90"
                        + "\\s+58\\.60 h")
                .containsPattern("all\\s+stated business\\s+n=4\\s+mean\\s+6\\.52 h\\s+median\\s+4\\.67 h\\s+p90"
                        + "\\s+13\\.30 h")
                .contains(
                        "requester wait time per ticket = the time the ticket spent in New, Open and On-hold",
                        "stated by the tool (Zendesk ticket metrics), not recomputed; business = Zendesk's own schedule",
                        "stated calendar = requester_wait_minutes (\"Requester wait time, calendar minutes\")",
                        "1 ticket without a stated requester_wait_minutes left out")
                .doesNotContain("the calendar is the default one");
    }

    @Test
    void theSyntheticExportBrokenDownByPriorityEqualsTheHandComputedFigures() {
        importFile(ingestResource("zendesk_synthetic/tickets.json"), "zd");

        JsonNode json = cli.json("kpi", "--dataset", "zd", "--metric", "requester-wait", "--by", "priority");

        JsonNode rows = json.get("durations");
        assertRow(rows.get(0), "all", "stated calendar", 2, 2346, 2346, 3001.2);
        assertRow(rows.get(1), "all", "stated business", 2, 781, 781, 984.2);
        assertThat(rows.get(2).get("group").asText()).isEqualTo("(blank)");
        assertThat(rows.get(2).get("n").asLong()).isZero();
        assertRow(rows.get(4), "high", "stated calendar", 1, 1527, 1527, 1527);
        assertRow(rows.get(5), "high", "stated business", 1, 527, 527, 527);
        assertRow(rows.get(7), "normal", "stated business", 1, 1035, 1035, 1035);
        assertThat(json.get("by").asText()).isEqualTo("priority");
        // Agent wait: 20 and 90 calendar, 20 and 60 business: mean 55 / 40, p90 20 + .9·70 = 83 / 20 + .9·40 = 56.
        JsonNode agent =
                cli.json("kpi", "--dataset", "zd", "--metric", "agent-wait").get("durations");
        assertRow(agent.get(0), "all", "stated calendar", 2, 55, 55, 83);
        assertRow(agent.get(1), "all", "stated business", 2, 40, 40, 56);
    }

    @Test
    void theRecordedExportHasNoWaitsYetAndZeroMinutesOnHold() {
        importFile(ingestResource("zendesk/tickets.json"), "open");

        JsonNode wait = cli.json("kpi", "--dataset", "open", "--metric", "requester-wait");
        assertThat(wait.get("durations").get(0).get("n").asLong()).isZero();
        assertThat(wait.get("durations").get(1).get("n").asLong()).isZero();
        assertThat(wait.get("notes").get(0).asText())
                .startsWith("4 tickets without a stated requester_wait_minutes left out");
        JsonNode hold = cli.json("kpi", "--dataset", "open", "--metric", "on-hold");
        assertRow(hold.get("durations").get(0), "all", "stated calendar", 3, 0, 0, 0);
        assertRow(hold.get("durations").get(1), "all", "stated business", 3, 0, 0, 0);
        assertThat(hold.get("notes").get(0).asText()).startsWith("1 ticket without a stated on_hold_minutes left out");
    }

    @Test
    void aCsvExportIsRefusedInOneLineThatNamesTheExportCarryingTheWaits() {
        Path csv = Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/cli/src/test/resources/tickets/ru_holiday_tickets.csv");
        importFile(csv, "ru", "--kind", "tickets");

        CliRun.Result result = cli.run("kpi", "--dataset", "ru", "--metric", "on-hold");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("dataset ru has no on-hold time (on_hold_minutes): only the Zendesk ticket metrics JSON"
                        + " carries it");
        assertThat(result.err().strip().lines()).hasSize(1);
    }

    private Path fixture() throws IOException {
        return Files.writeString(files.resolve("ticket_metrics.json"), FIVE_SETS, StandardCharsets.UTF_8);
    }

    private static Path ingestResource(String relative) {
        return Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/ingest/src/test/resources")
                .resolve(relative);
    }

    private void importFile(Path file, String dataset, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "import";
        args[1] = file.toString();
        args[2] = "--dataset";
        args[3] = dataset;
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun.Result result = cli.run(args);
        assertThat(result.code()).as(result.err()).isZero();
    }

    private static void assertRow(
            JsonNode row, String group, String clock, long n, double mean, double median, double p90) {
        assertThat(row.get("group").asText()).isEqualTo(group);
        assertThat(row.get("clock").asText()).isEqualTo(clock);
        assertThat(row.get("n").asLong()).as(group + " " + clock + " n").isEqualTo(n);
        assertThat(row.get("mean_minutes").asDouble()).as("mean").isCloseTo(mean, within(MINUTES));
        assertThat(row.get("median_minutes").asDouble()).as("median").isCloseTo(median, within(MINUTES));
        assertThat(row.get("p90_minutes").asDouble()).as("p90").isCloseTo(p90, within(MINUTES));
    }
}
