package io.verbatim.analytics.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Raking on a 2×2 sample worked by hand. Sample (n = 100): men in the North 20, men in the South 30, women in the
 * North 40, women in the South 10, so Gender is 50/50 and Region 60/40. Targets: Gender M .4 / F .6, Region N .5 / S .5.
 *
 * <p>Pass 1, Gender: M × .4/.5 = .8, F × .6/.5 = 1.2 → cells 16, 24, 48, 12; Region N = 64, S = 36. Region:
 * N × 50/64, S × 50/36 → cells 12.5, 33.333, 37.5, 16.667; Gender is now M 45.833 (5.83 points off), Region exact.
 *
 * <p>The limit: raking keeps the sample's cross-product ratio (20·10)/(30·40) = 1/6 and fits the margins. With the
 * men-North cell a, the table is a, 40 − a, 50 − a, 10 + a, and a(10 + a) / ((40 − a)(50 − a)) = 1/6 gives
 * 5a² + 150a − 2000 = 0, a = 10: cells 10, 30, 40, 20, so weights 10/20 = .5, 30/30 = 1, 40/40 = 1, 20/10 = 2.
 * Kish: Σw = 100, Σw² = 20·.25 + 30 + 40 + 10·4 = 115, n_eff = 100²/115 = 86.957, efficiency 86.96%.
 */
class RimWeightingTest {

    private static final String[] GENDER = column("M", 20, "M", 30, "F", 40, "F", 10);
    private static final String[] REGION = column("N", 20, "S", 30, "N", 40, "S", 10);

    @Test
    void rakingConvergesToTheHandSolvedWeights() {
        Weighting weighting = untrimmed().weigh(margins(0.4, 0.5));
        double[] w = weighting.weights();

        assertThat(w[0]).as("men, North").isCloseTo(0.5, within(1e-5));
        assertThat(w[20]).as("men, South").isCloseTo(1.0, within(1e-5));
        assertThat(w[50]).as("women, North").isCloseTo(1.0, within(1e-5));
        assertThat(w[90]).as("women, South").isCloseTo(2.0, within(1e-5));
        assertThat(weighting.sample().effectiveN()).isCloseTo(86.957, within(0.001));
        assertThat(weighting.sample().efficiency()).isCloseTo(0.86957, within(0.00001));
    }

    @Test
    void theWeightedMarginsEqualTheTargetsToTheTolerance() {
        Weighting weighting = untrimmed().weigh(margins(0.4, 0.5));

        // Counted here, independently of the raking code.
        assertThat(weightedShare(weighting.weights(), GENDER, "M"))
                .isCloseTo(0.4, within(RimWeighting.DEFAULT_TOLERANCE));
        assertThat(weightedShare(weighting.weights(), REGION, "N"))
                .isCloseTo(0.5, within(RimWeighting.DEFAULT_TOLERANCE));
        assertThat(weighting.maxMarginError()).isLessThan(RimWeighting.DEFAULT_TOLERANCE);
    }

    @Test
    void oneRakingPassLeavesGenderOffByTheHandComputedMiss() {
        // After pass 1 the men's share is 45.833%, 5.83 points above its target.
        RimWeighting onePass = new RimWeighting(RimWeighting.DEFAULT_TOLERANCE, 1, null);

        assertThatThrownBy(() -> onePass.weigh(margins(0.4, 0.5)))
                .isInstanceOf(WeightingException.class)
                .hasMessageContaining("did not converge in 1 iterations")
                .hasMessageContaining("Gender")
                .hasMessageContaining("5.83 points off");
    }

    @Test
    void contradictoryTargetsAreRefusedWithAReason() {
        // Every man lives in the North and every woman in the South, so Gender .4/.6 and Region .5/.5 cannot both hold.
        String[] gender = column("M", 50, "F", 50, "F", 0, "F", 0);
        String[] region = column("N", 50, "S", 50, "S", 0, "S", 0);
        List<Margin> margins = List.of(
                new Margin("Gender", gender, Map.of("M", 0.4, "F", 0.6)),
                new Margin("Region", region, Map.of("N", 0.5, "S", 0.5)));

        assertThatThrownBy(() -> untrimmed().weigh(margins))
                .isInstanceOf(WeightingException.class)
                .hasMessageContaining("did not converge")
                .hasMessageContaining("contradict");
    }

    @Test
    void aTargetWithoutRespondentsIsRefused() {
        Margin region = new Margin("Region", REGION, Map.of("N", 0.4, "S", 0.4, "Омск", 0.2));

        assertThatThrownBy(() -> untrimmed().weigh(List.of(region)))
                .isInstanceOf(WeightingException.class)
                .hasMessage("the target Region = 'Омск' (20.0%) has no respondents; weights cannot create them, so"
                        + " merge it with a neighbouring category or drop it from the targets");
    }

    @Test
    void respondentsWithoutATargetAreRefused() {
        Margin region = new Margin("Region", REGION, Map.of("N", 1.0));

        assertThatThrownBy(() -> untrimmed().weigh(List.of(region)))
                .isInstanceOf(WeightingException.class)
                .hasMessageStartingWith("40 respondent(s) have Region = 'S', which has no target");
    }

    @Test
    void targetsMustAddUpToOneOrAHundred() {
        assertThatThrownBy(() -> new Margin("Region", REGION, Map.of("N", 0.4, "S", 0.4)))
                .isInstanceOf(WeightingException.class)
                .hasMessageContaining("add up to 0.8");
        Margin percent = new Margin("Region", REGION, Map.of("N", 40.0, "S", 60.0));
        assertThat(percent.targets().get("N")).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void trimmingKeepsEveryWeightInsideTheBoundsAndReportsTheMissItCosts() {
        // One margin: A has 10 of 100 respondents and a target of .5, so its raked weight is .5/.1 = 5 and B's is
        // .5/.9 = .5556. Cut to 3, re-raking puts A back at 5 every round, so the weights end cut: A 3, B .5556;
        // A's weighted share is 30/(30 + 50) = .375, 12.5 points short of its target.
        String[] group = column("A", 10, "B", 90, "B", 0, "B", 0);
        RimWeighting trimmed = new RimWeighting(RimWeighting.DEFAULT_TOLERANCE, 100, WeightBounds.DEFAULT);

        Weighting weighting = trimmed.weigh(List.of(new Margin("Group", group, Map.of("A", 0.5, "B", 0.5))));

        assertThat(weighting.maxWeight()).isCloseTo(3.0, within(1e-9));
        assertThat(weighting.minWeight()).isCloseTo(0.5556, within(0.0001));
        assertThat(weighting.maxMarginError()).isCloseTo(0.125, within(1e-4));
        assertThat(weighting.trimRounds()).isPositive();
    }

    @Test
    void trimmingThatReRakingCanAbsorbEndsInsideTheBoundsWithTheMarginsKept() {
        // The 2×2 weights run from .5 to 2; bounds .6–1.9 cut both ends, and re-raking shifts weight to the middle
        // cells, which can take it.
        RimWeighting trimmed = new RimWeighting(RimWeighting.DEFAULT_TOLERANCE, 100, new WeightBounds(0.6, 1.9));

        Weighting weighting = trimmed.weigh(margins(0.4, 0.5));

        for (double w : weighting.weights()) {
            assertThat(w).isBetween(0.6 - 1e-9, 1.9 + 1e-9);
        }
        double genderMiss = Math.abs(weightedShare(weighting.weights(), GENDER, "M") - 0.4);
        double regionMiss = Math.abs(weightedShare(weighting.weights(), REGION, "N") - 0.5);
        assertThat(weighting.maxMarginError()).isCloseTo(Math.max(genderMiss, regionMiss), within(1e-9));
        assertThat(weighting.sample().efficiency()).isGreaterThan(0.86957);
    }

    @Test
    void cellWeightingGivesEachCellTargetShareOverSampleShare() {
        // Cells 20, 30, 40, 10 of 100 with targets .1, .3, .4, .2 → weights .5, 1, 1, 2 (the same table as above).
        Map<List<String>, Double> cells = new LinkedHashMap<>();
        cells.put(List.of("M", "N"), 0.1);
        cells.put(List.of("M", "S"), 0.3);
        cells.put(List.of("F", "N"), 0.4);
        cells.put(List.of("F", "S"), 0.2);
        Margin crossed = CellWeighting.cells(List.of("Gender", "Region"), List.of(GENDER, REGION), cells);

        Weighting weighting = untrimmed().weigh(List.of(crossed));

        double[] w = weighting.weights();
        assertThat(new double[] {w[0], w[20], w[50], w[90]}).containsExactly(new double[] {0.5, 1, 1, 2}, within(1e-9));
        assertThat(weighting.iterations()).isEqualTo(1);
    }

    @Test
    void startsFromDesignWeightsWhenGiven() {
        // Design weights 2 for the first half: raking still reaches the same margins.
        double[] design = new double[100];
        for (int i = 0; i < 100; i++) {
            design[i] = i < 50 ? 2 : 1;
        }
        Weighting weighting = untrimmed().weigh(margins(0.4, 0.5), design);

        assertThat(weightedShare(weighting.weights(), GENDER, "M")).isCloseTo(0.4, within(1e-6));
        assertThat(weightedShare(weighting.weights(), REGION, "N")).isCloseTo(0.5, within(1e-6));
    }

    private static RimWeighting untrimmed() {
        return new RimWeighting(RimWeighting.DEFAULT_TOLERANCE, RimWeighting.DEFAULT_MAX_ITERATIONS, null);
    }

    private static List<Margin> margins(double men, double north) {
        return List.of(
                new Margin("Gender", GENDER, Map.of("M", men, "F", 1 - men)),
                new Margin("Region", REGION, Map.of("N", north, "S", 1 - north)));
    }

    private static double weightedShare(double[] w, String[] categories, String category) {
        double in = 0;
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            total += w[i];
            in += categories[i].equals(category) ? w[i] : 0;
        }
        return in / total;
    }

    /** Rows in blocks: value a × count a, then b × count b, ... */
    private static String[] column(String a, int na, String b, int nb, String c, int nc, String d, int nd) {
        List<String> rows = new ArrayList<>();
        rows.addAll(Collections.nCopies(na, a));
        rows.addAll(Collections.nCopies(nb, b));
        rows.addAll(Collections.nCopies(nc, c));
        rows.addAll(Collections.nCopies(nd, d));
        return rows.toArray(String[]::new);
    }
}
