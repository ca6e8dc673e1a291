package io.verbatim.analytics.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Adjusted p-values worked by hand from the definitions (Holm 1979; Benjamini and Hochberg 1995), in the order given.
 *
 * <p>The family p = (0.01, 0.04, 0.03, 0.005), m = 4, sorted: 0.005 (4th), 0.01 (1st), 0.03 (3rd), 0.04 (2nd).
 */
class PValueAdjustmentTest {

    private static final double[] FAMILY = {0.01, 0.04, 0.03, 0.005};

    @Test
    void holmMultipliesTheKthSmallestByMMinusKPlusOneAndKeepsThemMonotone() {
        // 4 × 0.005 = 0.02; 3 × 0.01 = 0.03; 2 × 0.03 = 0.06; 1 × 0.04 = 0.04 → running max 0.06.
        double[] adjusted = PValueAdjustment.HOLM.adjust(FAMILY);

        assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
    }

    @Test
    void benjaminiHochbergMultipliesTheKthSmallestByMOverKFromTheTopDown() {
        // k = 4: 4/4 × 0.04 = 0.04; k = 3: 4/3 × 0.03 = 0.04; k = 2: 4/2 × 0.01 = 0.02; k = 1: 4 × 0.005 = 0.02;
        // running min from the largest: 0.04, 0.04, 0.02, 0.02.
        double[] adjusted = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(FAMILY);

        assertThat(adjusted).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-12));
    }

    @Test
    void holmKeepsFewerHighlightsThanBenjaminiHochbergOnTheSameFamily() {
        // Unadjusted, all four are below 0.05. Holm keeps the two below 0.05 after adjustment; BH keeps all four.
        assertThat(countBelowFivePercent(PValueAdjustment.HOLM.adjust(FAMILY))).isEqualTo(2);
        assertThat(countBelowFivePercent(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(FAMILY)))
                .isEqualTo(4);
    }

    @Test
    void leavesUntestedGroupsOutOfTheFamily() {
        // m = 2, not 3: Holm 2 × 0.01 = 0.02, then max(0.02, 0.04) = 0.04; BH 2/1 × 0.01 = 0.02, 2/2 × 0.04 = 0.04.
        double[] family = {0.01, Double.NaN, 0.04};

        assertThat(PValueAdjustment.HOLM.adjust(family)[0]).isCloseTo(0.02, within(1e-12));
        assertThat(PValueAdjustment.HOLM.adjust(family)[1]).isNaN();
        assertThat(PValueAdjustment.HOLM.adjust(family)[2]).isCloseTo(0.04, within(1e-12));
        assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(family)[0]).isCloseTo(0.02, within(1e-12));
        assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(family)[2]).isCloseTo(0.04, within(1e-12));
    }

    @Test
    void neverReturnsAPValueAboveOne() {
        // Holm: 2 × 0.5 = 1.0 and 0.6 → max(1, 0.6) = 1; BH: 0.6 for the larger, min(0.6, 2 × 0.5) for the smaller.
        assertThat(PValueAdjustment.HOLM.adjust(new double[] {0.5, 0.6})).containsExactly(1.0, 1.0);
        assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(new double[] {0.5, 0.6}))
                .containsExactly(new double[] {0.6, 0.6}, within(1e-12));
    }

    @Test
    void aSingleTestIsNotAdjusted() {
        assertThat(PValueAdjustment.HOLM.adjust(new double[] {0.03})).containsExactly(0.03);
        assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(new double[] {0.03}))
                .containsExactly(0.03);
    }

    @Test
    void readsItsCommandLineNamesAndRefusesOthers() {
        assertThat(PValueAdjustment.fromWire("BH")).isEqualTo(PValueAdjustment.BENJAMINI_HOCHBERG);
        assertThat(PValueAdjustment.fromWire(" holm ")).isEqualTo(PValueAdjustment.HOLM);
        assertThatThrownBy(() -> PValueAdjustment.fromWire("bonferroni"))
                .hasMessage("unknown adjustment 'bonferroni'; use holm or bh");
    }

    private static long countBelowFivePercent(double[] adjusted) {
        return java.util.Arrays.stream(adjusted).filter(p -> p < 0.05).count();
    }
}
