package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench import} runs the real commands as child processes and compares them with the peers it is given. */
class BenchImportTest {

    @TempDir
    Path dir;

    @Test
    void timesImportAndScoreAsWholeCommandsAndDividesByPandasRunByRun() throws IOException {
        Path survey = SurveyCsv.write(dir.resolve("survey.csv"), 2_000, 7);
        Path peers = Files.createDirectory(dir.resolve("peers"));
        // A stand-in for pandas: "python" is sh, the script sleeps a fixed time, so the ratio has a known denominator.
        Files.writeString(peers.resolve("nps_pandas.py"), "sleep 0.3\n");

        JsonNode report = bench(
                "bench",
                "import",
                survey.toString(),
                "--runs",
                "2",
                "--python",
                "/bin/sh",
                "--peers",
                peers.toString(),
                "--format",
                "json");

        JsonNode tasks = report.get("tasks");
        assertThat(tasks.fieldNames())
                .toIterable()
                .containsExactly(
                        "verbatim new workspace",
                        "verbatim import",
                        "verbatim score",
                        "verbatim import + score",
                        "pandas");
        double imported = tasks.get("verbatim import").get("runs_s").get(0).asDouble();
        double scored = tasks.get("verbatim score").get("runs_s").get(0).asDouble();
        double both = tasks.get("verbatim import + score").get("runs_s").get(0).asDouble();
        double pandas = tasks.get("pandas").get("runs_s").get(0).asDouble();
        assertThat(imported).isPositive();
        assertThat(scored).isPositive();
        assertThat(both).isCloseTo(imported + scored, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pandas).isGreaterThanOrEqualTo(0.3);
        assertThat(report.get("verbatim_over_pandas").get(0).asDouble())
                .isCloseTo(both / pandas, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.get("verbatim_over_pandas")).hasSize(2);
    }

    @Test
    void aFailingCommandEndsTheBenchmarkWithItsReason() throws IOException {
        Path notASurvey = Files.writeString(dir.resolve("empty.csv"), "");

        StringWriter err = new StringWriter();
        int code = VerbatimCli.run(
                new String[] {"bench", "import", notASurvey.toString(), "--runs", "1"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("verbatim import failed (exit 1):")
                .contains("empty");
    }

    private static JsonNode bench(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VerbatimCli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
