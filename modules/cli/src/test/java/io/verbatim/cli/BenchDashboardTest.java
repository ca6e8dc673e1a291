package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench dashboard} opens a real workspace and times full dashboard redraws after filter changes. */
class BenchDashboardTest {

    @TempDir
    Path dir;

    @Test
    void timesTheRedrawsItWasAskedForOnTheDatasetsSegments() throws IOException {
        CliRun cli = new CliRun(dir.resolve("workspace"));
        cli.json("import", SurveyCsv.write(dir.resolve("survey.csv"), 3_000, 11).toString(), "--dataset", "s");

        JsonNode result = cli.json("bench", "dashboard", "--dataset", "s", "--changes", "50", "--warmup", "5");

        assertThat(result.get("rows").asInt()).isEqualTo(3_000);
        assertThat(result.get("changes").asInt()).isEqualTo(50);
        assertThat(result.get("tiles").asInt()).isEqualTo(3); // NPS, CSAT, CES
        assertThat(result.get("segments").toString()).contains("Region", "Channel", "Stage");
        assertThat(result.get("median_ms").asDouble())
                .isPositive()
                .isLessThanOrEqualTo(result.get("p95_ms").asDouble());
        assertThat(result.get("mean_rows_kept").asLong()).isBetween(1L, 3_000L);
    }

    @Test
    void anUnknownDatasetIsRefusedOnOneLine() throws IOException {
        CliRun cli = new CliRun(dir.resolve("workspace"));
        cli.json("import", SurveyCsv.write(dir.resolve("survey.csv"), 200, 3).toString(), "--dataset", "s");

        CliRun.Result result = cli.run("bench", "dashboard", "--dataset", "nope");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void aTicketDatasetIsTimedThroughTheTicketDashboard() {
        CliRun cli = new CliRun(dir.resolve("workspace"));
        Path file = Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/cli/src/test/resources/tickets/ru_holiday_tickets.csv");
        assertThat(cli.run("import", file.toString(), "--dataset", "t", "--kind", "tickets")
                        .code())
                .isZero();

        JsonNode result = cli.json("bench", "dashboard", "--dataset", "t", "--changes", "20", "--warmup", "2");

        assertThat(result.get("kind").asText()).isEqualTo("tickets");
        assertThat(result.get("rows").asInt()).isEqualTo(8);
        assertThat(result.get("changes").asInt()).isEqualTo(20);
        assertThat(result.get("segments").toString()).contains("channel", "priority");
        assertThat(result.get("median_ms").asDouble()).isPositive();
    }
}
