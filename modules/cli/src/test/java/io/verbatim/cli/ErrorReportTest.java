package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --error-report}: every problem of a refused file, saved as CSV, with the workspace untouched. */
class ErrorReportTest {

    /** Hand-checked: bad cells at 3:5, 4:7, 5:6 and 5:7; line 6 has a ninth, non-blank cell. */
    private static final String BAD_TICKETS =
            """
            Ticket ID,Subject,Status,Priority,Created time,Resolved time,First reply time (min),Agent
            1,A,Open,Low,2024-01-05 10:00:00,,15,Ann
            2,B,Open,Low,tomorrow,,20,Ann
            3,C,Open,Low,2024-01-06 10:00:00,,fast,Ann
            4,D,Open,Low,2024-01-07 10:00:00,soon,"1 hour, roughly",Ann
            5,E,Open,Low,2024-01-08 10:00:00,,5,Ann,stray
            6,F,Open,Low,2024-01-09 10:00:00,2024-01-09 12:00:00,7,Ann
            """;

    private static final List<List<String>> EXPECTED = List.of(
            List.of("bad-tickets.csv", "3", "5", "Created time", "date", "tomorrow"),
            List.of("bad-tickets.csv", "4", "7", "First reply time (min)", "number", "fast"),
            List.of("bad-tickets.csv", "5", "6", "Resolved time", "date", "soon"),
            List.of("bad-tickets.csv", "5", "7", "First reply time (min)", "number", "1 hour, roughly"),
            List.of("bad-tickets.csv", "6", "9", "", "ragged-row", "stray"));

    @TempDir
    Path workspace;

    @TempDir
    Path scratch;

    private CliRun cli;
    private Path bad;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRun(workspace);
        bad = Files.writeString(scratch.resolve("bad-tickets.csv"), BAD_TICKETS, StandardCharsets.UTF_8);
    }

    @Test
    void aRefusedImportWritesEveryProblemToTheReportAndLeavesTheWorkspaceAsItWas() throws IOException {
        Path good = SurveyCsv.write(scratch.resolve("wave.csv"), 200, 11);
        cli.json("import", good.toString());
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        Path report = scratch.resolve("problems.csv");

        CliRun.Result result = cli.run("import", bad.toString(), "--error-report", report.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("bad-tickets.csv:3:5: column \"Created time\"")
                .contains("; and 4 more problems; all 5 problems are written to " + report)
                .hasLineCount(1);
        List<CsvRecord> rows = read(report);
        assertThat(rows.getFirst().getFields())
                .containsExactly("file", "line", "column", "column_name", "rule", "value", "message");
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> r.getFields().subList(0, 6))
                .containsExactlyElementsOf(EXPECTED);
        assertThat(rows.get(1).getField(6)).contains("correct or blank the cell");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void theJsonFailureListsTheProblems() throws IOException {
        CliRun.Result result = cli.run("import", bad.toString(), "--format", "json");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).hasLineCount(1);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("problems_total").asLong()).isEqualTo(5);
        assertThat(json.get("error").asText()).isEqualTo(result.err().strip());
        assertThat(json.get("error_report").isNull()).isTrue();
        JsonNode problems = json.get("problems");
        assertThat(problems).hasSize(5);
        for (int i = 0; i < EXPECTED.size(); i++) {
            List<String> expected = EXPECTED.get(i);
            JsonNode problem = problems.get(i);
            assertThat(List.of(
                            problem.get("file").asText(),
                            problem.get("line").asText(),
                            problem.get("column").asText(),
                            problem.get("column_name").asText(),
                            problem.get("rule").asText(),
                            problem.get("value").asText()))
                    .isEqualTo(expected);
        }
    }

    @Test
    void aSuccessfulImportRemovesAStaleReport() throws IOException {
        Path report = scratch.resolve("problems.csv");
        assertThat(cli.run("import", bad.toString(), "--error-report", report.toString())
                        .code())
                .isEqualTo(1);
        assertThat(report).exists();

        Path good = SurveyCsv.write(scratch.resolve("wave.csv"), 50, 3);
        CliRun.Result result = cli.run("import", good.toString(), "--error-report", report.toString());

        assertThat(result.code()).isZero();
        assertThat(report).doesNotExist();
    }

    @Test
    void aFileThatIsNotAReportIsNeverOverwritten() throws IOException {
        Path precious = Files.writeString(scratch.resolve("notes.csv"), "my,own\nnotes,here\n");

        CliRun.Result result = cli.run("import", bad.toString(), "--error-report", precious.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("is not an error report").hasLineCount(1);
        assertThat(Files.readString(precious)).isEqualTo("my,own\nnotes,here\n");
    }

    @Test
    void aStructuralFaultIsAReportOfOneProblem() throws IOException {
        Path empty = Files.write(scratch.resolve("empty.csv"), new byte[0]);
        Path report = scratch.resolve("problems.csv");

        CliRun.Result result = cli.run("import", empty.toString(), "--error-report", report.toString());

        assertThat(result.err()).isEqualTo("empty.csv: the file is empty; the problem is written to " + report + "\n");
        assertThat(read(report)).hasSize(2);
        assertThat(read(report).get(1).getField(4)).isEqualTo("empty-file");
    }

    @Test
    void aReportOfManyProblemsKeepsTheFirstThousandAndSaysSo() throws IOException {
        StringBuilder csv = new StringBuilder("Ticket ID,Subject,Created time\n");
        for (int i = 1; i <= 1_500; i++) {
            csv.append(i).append(",S,later\n");
        }
        Path many = Files.writeString(scratch.resolve("many.csv"), csv, StandardCharsets.UTF_8);
        Path report = scratch.resolve("problems.csv");

        CliRun.Result result =
                cli.run("import", many.toString(), "--kind", "tickets", "--error-report", report.toString());

        assertThat(result.err())
                .contains("; and 1,499 more problems; the first 1,000 problems are written to " + report)
                .hasLineCount(1);
        List<CsvRecord> rows = read(report);
        assertThat(rows).hasSize(1_001);
        assertThat(rows.getLast().getField(1)).isEqualTo("1001");
    }

    @Test
    void theUsageSaysWhatTheReportHolds() {
        CliRun.Result result = cli.run("import");

        assertThat(result.err().replaceAll("\\s+", " "))
                .contains("--error-report=OUT.csv")
                .contains("column_name, rule, value, message");
    }

    private static List<CsvRecord> read(Path report) throws IOException {
        try (CsvReader<CsvRecord> csv =
                CsvReader.builder().detectBomHeader(true).ofCsvRecord(report)) {
            return csv.stream().toList();
        }
    }
}
