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
 * End to end through a real H2 workspace: golden_survey.csv is imported and scored, and every figure is checked against
 * values computed by hand from METRICS.md. The file (generated once, shuffled) holds 208 responses, 8 of them blank for
 * each question:
 *
 * <ul>
 *   <li>NPS 0–10: 45×10, 45×9, 30×8, 30×7, 10 each of 6, 5, 3, 1, 0 → n = 200, P = 90, D = 50;
 *   <li>CSAT 1–5: 60×5, 70×4, 30×3, 25×2, 15×1 → n = 200, top-2 = 130;
 *   <li>CES 1–7: 50×7, 50×6, 40×5, 20×4, 20×3, 10×2, 10×1 → n = 200, agree (5–7) = 140, sum = 1020.
 * </ul>
 */
class ScoreCommandTest {

    /** Scores are compared to the hand-computed figures to 0.05 points (issue 2, acceptance 3). */
    private static final double POINTS = 0.05;

    @TempDir
    Path workspace;

    private CliRun cli;

    @BeforeEach
    void importGoldenSurvey() throws URISyntaxException {
        cli = new CliRun(workspace);
        Path golden =
                Path.of(getClass().getResource("/golden/golden_survey.csv").toURI());
        CliRun.Result result = cli.run("import", golden.toString(), "--dataset", "golden");
        assertThat(result.code()).as(result.err()).isZero();
    }

    @Test
    void npsEqualsTheHandComputedValueWithTheVarianceFormulaInterval() {
        JsonNode json = cli.json("score", "--dataset", "golden", "--metric", "nps");
        // NPS = 100·(90 − 50)/200 = 20.0; Var = .45 + .25 − (.45 − .25)² = .66;
        // SE = 100·√(.66/200) = 5.7446; MoE = 1.96·5.7446 = 11.259 → [8.741, 31.259]
        assertThat(json.get("metric").asText()).isEqualTo("nps");
        assertThat(json.get("dataset").asText()).isEqualTo("golden");
        JsonNode all = json.get("groups").get(0);
        assertThat(all.get("group").asText()).isEqualTo("all");
        assertThat(all.get("n").asLong()).isEqualTo(200);
        assertThat(all.get("value").asDouble()).isCloseTo(20.0, within(POINTS));
        assertThat(all.get("ci_low").asDouble()).isCloseTo(8.741, within(POINTS));
        assertThat(all.get("ci_high").asDouble()).isCloseTo(31.259, within(POINTS));
    }

    @Test
    void csatIsTheTopTwoBoxShareWithAWilsonInterval() {
        JsonNode all = cli.json("score", "--dataset", "golden", "--metric", "csat")
                .get("groups")
                .get(0);
        // 130/200 = 65.0%; Wilson, z = 1.96: centre (.65 + z²/400)/(1 + z²/200) = .64717,
        // half-width z·√(.65·.35/200 + z²/160000)/(1 + z²/200) = .06554 → [58.16, 71.27]
        assertThat(all.get("n").asLong()).isEqualTo(200);
        assertThat(all.get("value").asDouble()).isCloseTo(65.0, within(POINTS));
        assertThat(all.get("ci_low").asDouble()).isCloseTo(58.16, within(POINTS));
        assertThat(all.get("ci_high").asDouble()).isCloseTo(71.27, within(POINTS));
    }

    @Test
    void csatMeanIsLabelledAndHasATInterval() {
        JsonNode json = cli.json("score", "--dataset", "golden", "--metric", "csat", "--variant", "mean");
        JsonNode all = json.get("groups").get(0);
        // mean = 735/200 = 3.675; s = 1.23572; SE = s/√200 = .087379; t(.975, 199) = 1.97196 → ± .17231
        assertThat(json.get("variant").asText()).isEqualTo("mean");
        assertThat(all.get("value").asDouble()).isCloseTo(3.675, within(0.0005));
        assertThat(all.get("ci_low").asDouble()).isCloseTo(3.5027, within(0.0005));
        assertThat(all.get("ci_high").asDouble()).isCloseTo(3.8473, within(0.0005));
    }

    @Test
    void cesIsTheMeanByDefaultAndPercentAgreeOnRequest() {
        JsonNode mean = cli.json("score", "--dataset", "golden", "--metric", "ces")
                .get("groups")
                .get(0);
        // mean = 1020/200 = 5.1; s = 1.73350; SE = .122577; ± 1.97196·SE = .24172 → [4.8583, 5.3417]
        assertThat(mean.get("value").asDouble()).isCloseTo(5.1, within(0.0005));
        assertThat(mean.get("ci_low").asDouble()).isCloseTo(4.8583, within(0.0005));
        assertThat(mean.get("ci_high").asDouble()).isCloseTo(5.3417, within(0.0005));

        JsonNode agree = cli.json("score", "--dataset", "golden", "--metric", "ces", "--variant", "top-box")
                .get("groups")
                .get(0);
        // answers 5–7: 140/200 = 70.0%; Wilson → [63.32, 75.93]
        assertThat(agree.get("value").asDouble()).isCloseTo(70.0, within(POINTS));
        assertThat(agree.get("ci_low").asDouble()).isCloseTo(63.32, within(POINTS));
        assertThat(agree.get("ci_high").asDouble()).isCloseTo(75.93, within(POINTS));
    }

    @Test
    void breakdownByRegionGivesEachGroupItsOwnScoreAndTheDifferenceIsTested() {
        JsonNode json = cli.json(
                "score", "--dataset", "golden", "--metric", "nps", "--by", "Region", "--compare", "North,South");
        // North: n = 100, P = 51, D = 19 → 32.0, SE = 100·√((.51 + .19 − .32²)/100) = 7.7305
        // South: n = 100, P = 39, D = 31 → 8.0, SE = 100·√((.39 + .31 − .08²)/100) = 8.3283
        // z = 24/√(7.7305² + 8.3283²) = 2.112, p = .0347 → significant
        JsonNode north = group(json, "North");
        JsonNode south = group(json, "South");
        assertThat(north.get("n").asLong()).isEqualTo(100);
        assertThat(north.get("value").asDouble()).isCloseTo(32.0, within(POINTS));
        assertThat(south.get("n").asLong()).isEqualTo(100);
        assertThat(south.get("value").asDouble()).isCloseTo(8.0, within(POINTS));
        JsonNode comparison = json.get("comparison");
        assertThat(comparison.get("statistic").asDouble()).isCloseTo(2.112, within(0.01));
        assertThat(comparison.get("p_value").asDouble()).isCloseTo(0.0347, within(0.001));
        assertThat(comparison.get("significant").asBoolean()).isTrue();
    }

    @Test
    void aFilterScoresOnlyTheRowsItKeepsAndSaysHowManyThoseAre() {
        JsonNode json = cli.json("score", "--dataset", "golden", "--metric", "nps", "--filter", "Region = North");
        // The North rows alone: n = 100, P = 51, D = 19 → 32.0, as in the breakdown above.
        JsonNode all = json.get("groups").get(0);
        assertThat(all.get("n").asLong()).isEqualTo(100);
        assertThat(all.get("value").asDouble()).isCloseTo(32.0, within(POINTS));
        assertThat(json.get("filter").get("expression").asText()).isEqualTo("Region = North");
        assertThat(json.get("filter").get("of").asLong()).isEqualTo(208);
        JsonNode byRegion = cli.json(
                "score", "--dataset", "golden", "--metric", "nps", "--by", "Region", "--filter", "Region!=North");
        assertThat(byRegion.get("groups").findValuesAsText("group"))
                .doesNotContain("North")
                .contains("South");
        assertThat(group(byRegion, "South").get("value").asDouble()).isCloseTo(8.0, within(POINTS));

        CliRun.Result bad = cli.run("score", "--dataset", "golden", "--metric", "nps", "--filter", "Region");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip())
                .isEqualTo("cannot score: cannot read the filter \"Region\": write COLUMN=VALUE, COLUMN!=VALUE,"
                        + " date>=YYYY-MM-DD or date<YYYY-MM-DD");
    }

    @Test
    void monthlyTrendBucketsResponsesByTheirRecordedDate() {
        JsonNode json = cli.json("score", "--dataset", "golden", "--metric", "nps", "--period", "month");
        // January: n = 101, P = 45, D = 23 → 21.78; February: n = 99, P = 45, D = 27 → 18.18
        JsonNode january = group(json, "2025-01");
        JsonNode february = group(json, "2025-02");
        assertThat(january.get("n").asLong()).isEqualTo(101);
        assertThat(january.get("value").asDouble()).isCloseTo(21.78, within(POINTS));
        assertThat(february.get("n").asLong()).isEqualTo(99);
        assertThat(february.get("value").asDouble()).isCloseTo(18.18, within(POINTS));
    }

    @Test
    void npsOnAFivePointQuestionIsRefusedWithAReason() {
        CliRun.Result result = cli.run(
                "score",
                "--dataset",
                "golden",
                "--metric",
                "nps",
                "--question",
                "Overall, how satisfied are you" + " with Acme?");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void textOutputShowsMeansWithTwoDecimalsAndTheBase() {
        CliRun.Result result = cli.run("score", "--dataset", "golden", "--metric", "ces");
        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("5.10 ± 0.24")
                .contains("4.86,")
                .contains("5.34]")
                .contains("n=200");
    }

    @Test
    void textOutputSaysWhetherADifferenceIsSignificant() {
        CliRun.Result result = cli.run(
                "score", "--dataset", "golden", "--metric", "nps", "--by", "Region", "--compare", "North,South");
        assertThat(result.out()).contains("North vs South: difference +24.00").contains("significant at 5%");
    }

    @Test
    void anUnknownDatasetIsAOneLineError() {
        CliRun.Result result = cli.run("score", "--dataset", "nope", "--metric", "nps");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("no dataset named 'nope'").hasLineCount(1);
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
