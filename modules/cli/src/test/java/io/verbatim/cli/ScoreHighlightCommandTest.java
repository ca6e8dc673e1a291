package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --highlight} on golden_survey.csv through a real H2 workspace. Region has two groups, so each one's
 * "rest" is the other: North (n 100, P 51, D 19 → 32) against South (n 100, P 39, D 31 → 8) gives the Wald
 * z = 24/√(7.7305² + 8.3283²) = 2.112, p = .0347 for both (see ScoreCommandTest).
 */
class ScoreHighlightCommandTest {

    @TempDir
    Path workspace;

    private CliRun cli;

    @BeforeEach
    void importGoldenSurvey() throws URISyntaxException {
        cli = new CliRun(workspace);
        Path golden =
                Path.of(getClass().getResource("/golden/golden_survey.csv").toURI());
        assertThat(cli.run("import", golden.toString(), "--dataset", "golden").code())
                .isZero();
    }

    @Test
    void holmDoublesTheTwoEqualPValuesSoNeitherRegionIsHighlighted() {
        // Holm, m = 2: 2 × .0347 = .0694 for the smaller, max(.0694, 1 × .0347) = .0694 for the other → neither < .05.
        JsonNode json = cli.json("score", "--dataset", "golden", "--metric", "nps", "--by", "Region", "--highlight");

        JsonNode north = group(json, "North").get("highlight");
        assertThat(north.get("status").asText()).isEqualTo("tested");
        assertThat(north.get("rest_value").asDouble()).isCloseTo(8.0, within(1e-9));
        assertThat(north.get("statistic").asDouble()).isCloseTo(2.112, within(0.001));
        assertThat(north.get("p_value").asDouble()).isCloseTo(0.0347, within(0.0001));
        assertThat(north.get("p_adjusted").asDouble()).isCloseTo(0.0694, within(0.0002));
        assertThat(north.get("significant").asBoolean()).isFalse();
        assertThat(group(json, "South").get("highlight").get("p_adjusted").asDouble())
                .isCloseTo(0.0694, within(0.0002));
        assertThat(json.get("highlight").get("adjustment").asText()).isEqualTo("holm");
        assertThat(json.get("highlight").get("tested").asInt()).isEqualTo(2);
        assertThat(json.get("highlight").get("test").asText()).startsWith("Wald z-test for NPS");
    }

    @Test
    void benjaminiHochbergKeepsBothRegionsHighlighted() {
        // BH, m = 2: the larger p × 2/2 = .0347, the smaller min(.0347, .0347 × 2/1) = .0347 → both < .05.
        JsonNode json = cli.json(
                "score", "--dataset", "golden", "--metric", "nps", "--by", "Region", "--highlight", "--adjust", "bh");

        assertThat(group(json, "North").get("highlight").get("p_adjusted").asDouble())
                .isCloseTo(0.0347, within(0.0001));
        assertThat(group(json, "North").get("highlight").get("significant").asBoolean())
                .isTrue();
        assertThat(group(json, "South").get("highlight").get("significant").asBoolean())
                .isTrue();
    }

    @Test
    void textMarksTheDirectionOfAHighlightedGroup() {
        CliRun.Result result = cli.run(
                "score", "--dataset", "golden", "--metric", "nps", "--by", "Region", "--highlight", "--adjust", "bh");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("North .*▲ above the rest \\(8\\.0\\), adj\\. p = 0\\.034")
                .containsPattern("South .*▼ below the rest \\(32\\.0\\)")
                .contains("Highlight: each segment vs the rest of the sample")
                .contains("Benjamini–Hochberg");
    }

    @Test
    void groupsBelowTheMinimumBaseAreFlaggedAndNotTested() {
        JsonNode json = cli.json(
                "score",
                "--dataset",
                "golden",
                "--metric",
                "nps",
                "--by",
                "Region",
                "--highlight",
                "--min-base",
                "150");

        assertThat(json.get("min_base").asInt()).isEqualTo(150);
        JsonNode north = group(json, "North");
        assertThat(north.get("low_base").asBoolean()).isTrue();
        assertThat(north.get("highlight").get("status").asText()).isEqualTo("low_base");
        assertThat(north.get("highlight").has("p_adjusted")).isFalse();
        assertThat(json.get("highlight").get("tested").asInt()).isZero();
    }

    @Test
    void theDefaultMinimumBaseIsThirtyAndIsPrintedBesideSmallGroups() {
        JsonNode json = cli.json("score", "--dataset", "golden", "--metric", "nps", "--by", "Region");
        assertThat(json.get("min_base").asInt()).isEqualTo(30);
        assertThat(group(json, "North").get("low_base").asBoolean()).isFalse();

        CliRun.Result text = cli.run("score", "--dataset", "golden", "--metric", "nps", "--period", "day");
        assertThat(text.out()).contains("(low base)").contains("low base = fewer than 30 answers");
    }

    @Test
    void highlightWithoutABreakdownIsAOneLineError() {
        CliRun.Result result = cli.run("score", "--dataset", "golden", "--metric", "nps", "--highlight");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("--highlight").contains("--by").hasLineCount(1);
    }

    @Test
    void compareStillWorksBesideTheNewOptions() {
        JsonNode json = cli.json(
                "score", "--dataset", "golden", "--metric", "csat", "--by", "Region", "--compare", "North,South");

        assertThat(json.get("comparison").get("test").asText()).contains("two-proportion z-test");
    }

    private static JsonNode group(JsonNode table, String name) {
        for (JsonNode group : table.get("groups")) {
            if (group.get("group").asText().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no group " + name + " in " + table);
    }
}
