package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code import --append}: a new wave joins a dataset, rows it already has (by source id) are skipped. */
class AppendWaveTest {

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
    void anOverlappingWaveAddsOnlyTheNewResponsesAndScoresLikeTheWholeExport() throws IOException {
        List<String> lines = Files.readAllLines(SurveyCsv.write(scratch.resolve("all.csv"), 1500, 11));
        Path wave1 = write("wave1.csv", lines.getFirst(), lines.subList(1, 1001));
        Path wave2 = write("wave2.csv", lines.getFirst(), lines.subList(801, 1501));
        cli.json("import", scratch.resolve("all.csv").toString(), "--dataset", "whole");
        cli.json("import", wave1.toString(), "--dataset", "waves");

        JsonNode appended = cli.json("import", wave2.toString(), "--dataset", "waves", "--append")
                .get(0);

        assertThat(appended.get("appended").asLong()).isEqualTo(500);
        assertThat(appended.get("rows").asLong()).isEqualTo(500);
        assertThat(appended.get("duplicates_skipped").asLong()).isEqualTo(200);
        assertThat(appended.get("id_column").asText()).isEqualTo("ResponseId");
        assertThat(appended.get("dataset_rows").asLong()).isEqualTo(1500);
        try (Workspace open = Workspace.open(workspace)) {
            Dataset whole = open.datasets().dataset("whole").orElseThrow();
            Dataset waves = open.datasets().dataset("waves").orElseThrow();
            assertThat(new HashSet<>(List.of(column(open, waves, "ResponseId"))))
                    .hasSize(1500);
            for (Column column : whole.columns()) {
                assertThat(column(open, waves, column.key()))
                        .as(column.key())
                        .containsExactly(column(open, whole, column.key()));
            }
            assertThat(Arrays.stream(column(open, waves, "_wave")).filter("2"::equals))
                    .hasSize(500);
        }
        JsonNode unionScore = cli.json("score", "--dataset", "waves", "--metric", "nps");
        assertThat(unionScore.get("groups").get(0).get("n").asLong()).isEqualTo(1500);
        assertThat(unionScore.get("groups"))
                .isEqualTo(cli.json("score", "--dataset", "whole", "--metric", "nps")
                        .get("groups"));
    }

    @Test
    void appendingTheSameWaveAgainAddsNothing() throws IOException {
        Path wave = SurveyCsv.write(scratch.resolve("wave.csv"), 300, 5);
        cli.json("import", wave.toString(), "--dataset", "s");

        CliRun.Result again = cli.run("import", wave.toString(), "--dataset", "s", "--append");

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("s: 0 rows appended, 300 skipped as duplicates (by ResponseId)");
        assertThat(cli.json("datasets").get(0).get("rows").asLong()).isEqualTo(300);
    }

    @Test
    void aBadWaveLeavesTheDatasetByteForByteAsItWas() throws IOException {
        List<String> lines = Files.readAllLines(SurveyCsv.write(scratch.resolve("all.csv"), 80_000, 3));
        cli.json(
                "import",
                write("wave1.csv", lines.getFirst(), lines.subList(1, 1001)).toString(),
                "--dataset",
                "s");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        // 79,000 good rows (two chunks of them staged), then a quote the export never closed
        Path bad = write("wave2.csv", lines.getFirst(), lines.subList(1001, lines.size()));
        Files.writeString(
                bad,
                "R_X,2025-03-01 10:00:00,Berlin,web,Usage,9,5,2,\"cut off",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        CliRun.Result result = cli.run("import", bad.toString(), "--dataset", "s", "--append");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("wave2.csv:79002:9:").hasLineCount(1);
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void aColumnNewInTheWaveIsBlankForEarlierRowsAndAMissingOneIsBlankForNewRows() throws IOException {
        Path wave1 = write("w1.csv", "ResponseId,Region,NPS", List.of("R1,North,9", "R2,South,3"));
        Path wave2 = write("w2.csv", "ResponseId,NPS,Segment", List.of("R2,3,B2B", "R3,10,B2C"));
        cli.json("import", wave1.toString(), "--dataset", "s");

        cli.json("import", wave2.toString(), "--dataset", "s", "--append");

        try (Workspace open = Workspace.open(workspace)) {
            Dataset s = open.datasets().dataset("s").orElseThrow();
            assertThat(s.columns().stream().map(Column::key))
                    .containsExactly("ResponseId", "Region", "NPS", "Segment", "_wave");
            assertThat(column(open, s, "ResponseId")).containsExactly("R1", "R2", "R3");
            assertThat(column(open, s, "Region")).containsExactly("North", "South", "");
            assertThat(column(open, s, "NPS")).containsExactly("9", "3", "10");
            assertThat(column(open, s, "Segment")).containsExactly("", "", "B2C");
            assertThat(column(open, s, "_wave")).containsExactly("1", "1", "2");
        }
    }

    @Test
    void aRatingColumnThatTurnsToTextIsRefusedNamingTheColumn() throws IOException {
        cli.json("import", SurveyCsv.write(scratch.resolve("w1.csv"), 200, 1).toString(), "--dataset", "s");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        Path wave2 = write("w2.csv", "ResponseId,NPS", List.of("N1,very likely", "N2,not sure"));

        CliRun.Result result = cli.run("import", wave2.toString(), "--dataset", "s", "--append");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .isEqualToIgnoringNewLines("w2.csv: column 'NPS' holds numbers in dataset 's' but text in this file;"
                        + " fix the file or import it as a new dataset");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void withoutAnIdColumnWholeRowsAreCompared() throws IOException {
        Path wave1 = write("w1.csv", "Region,Score,Comment", List.of("North,9,good", "South,3,slow"));
        Path wave2 = write("w2.csv", "Comment,Region,Score", List.of("slow,South,3", "slow,South,4", "slow,South,4"));
        cli.json("import", wave1.toString(), "--dataset", "s");

        JsonNode appended = cli.json("import", wave2.toString(), "--dataset", "s", "--append")
                .get(0);

        assertThat(appended.get("dedup_by").asText()).isEqualTo("whole_row");
        assertThat(appended.get("id_column").isNull()).isTrue();
        assertThat(appended.get("appended").asLong()).isEqualTo(1);
        assertThat(appended.get("duplicates_skipped").asLong()).isEqualTo(2);
    }

    @Test
    void anIdColumnCanBeNamed() throws IOException {
        Path wave1 = write("w1.csv", "Email,Score", List.of("a@x.ru,9", "b@x.ru,3"));
        Path wave2 = write("w2.csv", "Email,Score", List.of("b@x.ru,4", "c@x.ru,10"));
        cli.json("import", wave1.toString(), "--dataset", "s");

        JsonNode appended = cli.json("import", wave2.toString(), "--dataset", "s", "--append", "--id-column", "email")
                .get(0);

        assertThat(appended.get("id_column").asText()).isEqualTo("Email");
        assertThat(appended.get("appended").asLong()).isEqualTo(1);
        assertThat(appended.get("dataset_rows").asLong()).isEqualTo(3);
    }

    @Test
    void appendingToADatasetThatDoesNotExistSaysToDropAppend() throws IOException {
        Path wave = write("w.csv", "ResponseId,NPS", List.of("R1,9"));

        CliRun.Result result = cli.run("import", wave.toString(), "--dataset", "nope", "--append");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .isEqualToIgnoringNewLines(
                        "w.csv: there is no dataset 'nope' to append to; drop --append to create it");
        assertThat(cli.json("datasets")).isEmpty();
    }

    @Test
    void withoutAppendAnExistingNameIsStillRefused() throws IOException {
        Path wave = write("w.csv", "ResponseId,NPS", List.of("R1,9"));
        cli.json("import", wave.toString(), "--dataset", "s");

        CliRun.Result result = cli.run("import", wave.toString(), "--dataset", "s");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("already exists");
        assertThat(cli.run("import", wave.toString(), "--append").err())
                .isEqualToIgnoringNewLines("--append adds rows to the dataset named by --dataset; add --dataset NAME");
    }

    @Test
    void ticketsAreDeduplicatedByTicketIdOnTheRealSyntheticExport() throws IOException {
        Path export = SharedData.require("exports/tickets_synthetic/customer_support_tickets.csv");
        List<String[]> rows = TicketHalves.read(export);
        int total = rows.size() - 1;
        Path first = TicketHalves.write(scratch.resolve("jan.csv"), rows, 1, 5001);
        Path second = TicketHalves.write(scratch.resolve("feb.csv"), rows, 4001, rows.size());
        cli.json("import", first.toString(), "--dataset", "tickets");

        JsonNode appended = cli.json("import", second.toString(), "--dataset", "tickets", "--append")
                .get(0);

        assertThat(appended.get("kind").asText()).isEqualTo("tickets");
        assertThat(appended.get("id_column").asText()).isEqualTo("id");
        assertThat(appended.get("duplicates_skipped").asLong()).isEqualTo(1000);
        assertThat(appended.get("dataset_rows").asLong()).isEqualTo(total);
        try (Workspace open = Workspace.open(workspace)) {
            Dataset tickets = open.datasets().dataset("tickets").orElseThrow();
            String[] ids = column(open, tickets, "id");
            assertThat(new HashSet<>(List.of(ids))).hasSize(total);
            assertThat(ids[total - 1]).isEqualTo(rows.getLast()[0]);
        }
    }

    @ParameterizedTest(name = "{0} appended to itself adds nothing, matched by {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            exports/qualtrics/Beskar Armor.csv                              | ResponseId    | 27
            exports/qualtrics/sample_legacy.csv                             | ResponseID    | 1
            exports/surveymonkey/2022_anc_surveymonkey_export.redacted.csv | Respondent ID | 35
            """)
    void aRealSurveyExportAppendedToItselfAddsNothing(String file, String idColumn, long rows) {
        Path export = SharedData.require(file);
        cli.json("import", export.toString(), "--dataset", "s");

        JsonNode appended = cli.json("import", export.toString(), "--dataset", "s", "--append")
                .get(0);

        assertThat(appended.get("id_column").asText()).isEqualTo(idColumn);
        assertThat(appended.get("appended").asLong()).isZero();
        assertThat(appended.get("duplicates_skipped").asLong()).isEqualTo(rows);
        assertThat(appended.get("dataset_rows").asLong()).isEqualTo(rows);
    }

    private Path write(String name, String header, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        return Files.writeString(scratch.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String[] column(Workspace open, Dataset dataset, String key) {
        return open.datasets().readColumn(dataset, dataset.column(key).orElseThrow());
    }
}
