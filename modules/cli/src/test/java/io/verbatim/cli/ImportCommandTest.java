package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code import} and {@code datasets} on real exports, through a real H2 workspace. */
class ImportCommandTest {

    @TempDir
    Path workspace;

    @TempDir
    Path scratch;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(workspace);
    }

    @ParameterizedTest(name = "{0} is read as {1} with {2} rows")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            exports/qualtrics/sample.csv                          | qualtrics        | 1
            exports/qualtrics/sample_legacy.csv                   | qualtrics-legacy | 1
            exports/qualtrics/Beskar Armor.csv                    | qualtrics        | 27
            exports/qualtrics/Beskar Armor.custom_columns.csv     | qualtrics        | 15
            exports/qualtrics/Beskar Armor.exclude_all.csv        | qualtrics        | 15
            exports/surveymonkey/2022_anc_surveymonkey_export.redacted.csv | surveymonkey | 35
            """)
    void realExportsAreImportedWithTheirLayoutAndRowCount(String file, String layout, long rows) {
        Path export = SharedData.require(file);
        CliRun.Result result = cli.run("import", export.toString());
        assertThat(result.code()).as(result.err()).isZero();

        JsonNode datasets = cli.json("datasets");
        assertThat(datasets).hasSize(1);
        JsonNode dataset = datasets.get(0);
        assertThat(dataset.get("name").asText()).isEqualTo(stem(export));
        assertThat(dataset.get("kind").asText()).isEqualTo("survey");
        assertThat(dataset.get("layout").asText()).isEqualTo(layout);
        assertThat(dataset.get("rows").asLong()).isEqualTo(rows);
    }

    @Test
    void everyQualtricsAndSurveyMonkeyExportLandsInOneWorkspace() throws IOException {
        Path qualtrics = SharedData.require("exports/qualtrics");
        Path surveyMonkey = SharedData.require("exports/surveymonkey");
        Map<String, Long> expected = new HashMap<>();
        expected.put("sample", 1L);
        expected.put("sample_legacy", 1L);
        expected.put("Beskar Armor", 27L);
        expected.put("Beskar Armor.custom_columns", 15L);
        expected.put("Beskar Armor.exclude_all", 15L);
        expected.put("2022_anc_surveymonkey_export.redacted", 35L);
        for (Path folder : new Path[] {qualtrics, surveyMonkey}) {
            try (var files = Files.list(folder)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                    CliRun.Result result = cli.run("import", file.toString());
                    assertThat(result.code()).as(file + ": " + result.err()).isZero();
                }
            }
        }
        Map<String, Long> listed = new HashMap<>();
        cli.json("datasets")
                .forEach(d -> listed.put(d.get("name").asText(), d.get("rows").asLong()));
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void qualtricsPreviewAndTestResponsesComeBackWithTheSwitch() {
        Path beskar = SharedData.require("exports/qualtrics/Beskar Armor.csv");
        JsonNode imported = cli.json("import", beskar.toString(), "--include-excluded", "--dataset", "all rows");
        assertThat(imported.get(0).get("rows").asLong()).isEqualTo(44);
        assertThat(imported.get(0).get("excluded").asLong()).isZero();
    }

    @Test
    void beskarSatisfactionIsDetectedAsALabelledCsatQuestionAndScored() {
        Path beskar = SharedData.require("exports/qualtrics/Beskar Armor.csv");
        cli.json("import", beskar.toString(), "--dataset", "beskar");
        JsonNode question = cli.json("datasets").get(0).get("questions").get(0);
        assertThat(question.get("key").asText()).isEqualTo("Q16");
        assertThat(question.get("role").asText()).isEqualTo("csat");
        assertThat(question.get("scale").asText()).isEqualTo("1-5");

        // Counted by hand among the 27 kept responses (status "IP Address"): Extremely satisfied 7,
        // Somewhat satisfied 4, Neither 7, Somewhat dissatisfied 4, Extremely dissatisfied 4, blank 1
        // → n = 26, top-2 = 11 → 42.31%; Wilson (z = 1.96) → [25.54, 61.05]
        JsonNode all = cli.json("score", "--dataset", "beskar", "--metric", "csat")
                .get("groups")
                .get(0);
        assertThat(all.get("n").asLong()).isEqualTo(26);
        assertThat(all.get("value").asDouble()).isCloseTo(42.31, within(0.05));
        assertThat(all.get("ci_low").asDouble()).isCloseTo(25.54, within(0.05));
        assertThat(all.get("ci_high").asDouble()).isCloseTo(61.05, within(0.05));
    }

    @Test
    void aGarbageFileIsRefusedWithOneLineAndTheWorkspaceIsUnchanged() throws IOException {
        Path golden = goldenCopy();
        cli.json("import", golden.toString());
        String before = cli.run("datasets", "--format", "json").out();

        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path garbage = Files.write(scratch.resolve("garbage.csv"), noise);
        CliRun.Result result = cli.run("import", garbage.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("garbage.csv").hasLineCount(1);
        assertThat(cli.run("datasets", "--format", "json").out()).isEqualTo(before);
    }

    @Test
    void aFileCutOffMidRowIsRefusedNamingTheLineAndTheWorkspaceIsUnchanged() throws IOException {
        Path golden = goldenCopy();
        cli.json("import", golden.toString());
        String before = cli.run("datasets", "--format", "json").out();

        // 3,000 bytes end inside response G076, after its NPS answer and without a line break
        byte[] cut = Arrays.copyOf(Files.readAllBytes(golden), 3000);
        Path truncated = Files.write(scratch.resolve("truncated.csv"), cut);
        long lastLine = new String(cut, StandardCharsets.UTF_8).lines().count();
        CliRun.Result result = cli.run("import", truncated.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("truncated.csv:" + lastLine + ":")
                .contains("truncated")
                .hasLineCount(1);
        assertThat(cli.run("datasets", "--format", "json").out()).isEqualTo(before);
    }

    @Test
    void aFileCutOffInsideAQuotedAnswerIsRefusedWhereTheQuoteOpens() throws IOException {
        // columns in messages are fields (spreadsheet columns): the comment is the 3rd field of line 3
        String header = "id,nps,comment\n1,9,\"fine\"\n2,3,\"too slow, and then the export st";
        Path truncated = Files.writeString(scratch.resolve("cut-quote.csv"), header, StandardCharsets.UTF_8);
        CliRun.Result result = cli.run("import", truncated.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("cut-quote.csv:3:3:").hasLineCount(1);
        assertThat(cli.json("datasets")).isEmpty();
    }

    @Test
    void importingTheSameNameTwiceIsRefusedAndKeepsTheFirst() throws IOException {
        Path golden = goldenCopy();
        cli.json("import", golden.toString());
        CliRun.Result again = cli.run("import", golden.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).hasLineCount(1).contains("golden_survey");
        assertThat(cli.json("datasets").get(0).get("rows").asLong()).isEqualTo(208);
    }

    private Path goldenCopy() throws IOException {
        try (var in = getClass().getResourceAsStream("/golden/golden_survey.csv")) {
            Path copy = scratch.resolve("golden_survey.csv");
            Files.copy(in, copy);
            return copy;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
