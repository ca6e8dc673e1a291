package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench query} opens a real workspace, times the cube's filtered group-bys and reads DuckDB's figures. */
class BenchQueryTest {

    @TempDir
    Path dir;

    @Test
    void timesTheQueriesItWasAskedForAndReportsDuckDbsOwnFigures() throws IOException {
        CliRun cli = new CliRun(dir.resolve("workspace"));
        cli.json("import", SurveyCsv.write(dir.resolve("survey.csv"), 3_000, 11).toString(), "--dataset", "s");
        Path peers = Files.createDirectory(dir.resolve("peers"));
        // A stand-in for query_duckdb.py ("python" is sh): it prints the line the real script prints.
        Files.writeString(
                peers.resolve("query_duckdb.py"), "echo 'duckdb filtered group-by median 7.3 ms p95 10.5 ms'\n");
        Path database = Files.writeString(dir.resolve("peer.duckdb"), "");

        JsonNode result = cli.json(
                "bench",
                "query",
                "--dataset",
                "s",
                "--queries",
                "50",
                "--warmup",
                "5",
                "--python",
                "/bin/sh",
                "--peers",
                peers.toString(),
                "--duckdb",
                database.toString());

        assertThat(result.get("rows").asInt()).isEqualTo(3_000);
        assertThat(result.get("queries").asInt()).isEqualTo(50);
        double median = result.get("median_ms").asDouble();
        assertThat(median).isPositive().isLessThanOrEqualTo(result.get("p95_ms").asDouble());
        assertThat(result.get("first_dashboard_ms").asDouble())
                .isGreaterThanOrEqualTo(result.get("open_ms").asDouble());
        assertThat(result.get("duckdb_median_ms").asDouble()).isEqualTo(7.3);
        assertThat(result.get("duckdb_p95_ms").asDouble()).isEqualTo(10.5);
    }

    @Test
    void aColumnTheDatasetDoesNotHaveIsRefusedOnOneLine() throws IOException {
        CliRun cli = new CliRun(dir.resolve("workspace"));
        cli.json("import", SurveyCsv.write(dir.resolve("survey.csv"), 200, 3).toString(), "--dataset", "s");

        CliRun.Result result = cli.run("bench", "query", "--dataset", "s", "--eq", "Country");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo("dataset s has no column 'Country'; its columns: ResponseId, RecordedDate, Region, Channel,"
                        + " Stage, NPS, CSAT, CES, Comment");
    }
}
