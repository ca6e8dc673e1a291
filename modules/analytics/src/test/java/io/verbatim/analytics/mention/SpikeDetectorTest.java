package io.verbatim.analytics.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {

    /** The hand-worked cases below use a 7-period window and k = 2, small enough to compute on paper. */
    private static final SpikeRule SEVEN_DAYS_K2 = new SpikeRule(7, 2, 5);

    private static List<PeriodCheck> check(SpikeRule rule, long... counts) {
        List<String> labels =
                IntStream.range(0, counts.length).mapToObj(i -> "p" + i).toList();
        return new SpikeDetector(rule).check(counts, labels);
    }

    /**
     * Baseline 10, 12, 8, 10, 11, 9, 10: mean 70/7 = 10; squared deviations 0 + 4 + 4 + 0 + 1 + 1 + 0 = 10, sample SD
     * √(10/6) = 1.291, below the Poisson floor √10 = 3.162, so SD = 3.162; threshold at k = 2: 10 + 6.325 = 16.325.
     * 20 is a spike of strength (20 − 10)/3.162 = 3.162 SD; 16 is not.
     */
    @Test
    void aCountAboveMeanPlusKSdOfThePreviousWindowIsASpike() {
        List<PeriodCheck> checks = check(SEVEN_DAYS_K2, 10, 12, 8, 10, 11, 9, 10, 20);
        PeriodCheck last = checks.get(7);

        assertThat(last.mean()).isCloseTo(10.0, within(1e-9));
        assertThat(last.sd()).isCloseTo(3.1623, within(1e-4));
        assertThat(last.threshold()).isCloseTo(16.3246, within(1e-4));
        assertThat(last.strength()).isCloseTo(3.1623, within(1e-4));
        assertThat(last.spike()).isTrue();

        assertThat(check(SEVEN_DAYS_K2, 10, 12, 8, 10, 11, 9, 10, 16).get(7).spike())
                .isFalse();
    }

    /**
     * Baseline 4, 16, 4, 16, 4, 16, 4: mean 64/7 = 9.143; deviations² 5.1429² ·4 + 6.8571² ·3 = 105.796 + 141.061 =
     * 246.857, sample SD √(246.857/6) = 6.414, above √9.143 = 3.024, so the sample SD is used: threshold 9.143 + 12.829
     * = 21.971.
     */
    @Test
    void aNoisyBaselineUsesItsOwnSampleSd() {
        PeriodCheck last = check(SEVEN_DAYS_K2, 4, 16, 4, 16, 4, 16, 4, 21).get(7);

        assertThat(last.sd()).isCloseTo(6.4143, within(1e-4));
        assertThat(last.threshold()).isCloseTo(21.9714, within(1e-4));
        assertThat(last.spike()).isFalse();
    }

    /** A flat baseline of 5s has sample SD 0; the floor √5 = 2.236 gives threshold 9.47, so 8 is noise and 10 a spike. */
    @Test
    void aBaselineWithSdZeroFallsBackToThePoissonFloor() {
        assertThat(check(SEVEN_DAYS_K2, 5, 5, 5, 5, 5, 5, 5, 8).get(7).spike()).isFalse();
        PeriodCheck ten = check(SEVEN_DAYS_K2, 5, 5, 5, 5, 5, 5, 5, 10).get(7);
        assertThat(ten.sd()).isCloseTo(Math.sqrt(5), within(1e-9));
        assertThat(ten.spike()).isTrue();
    }

    @Test
    void aFewMentionsAfterSilenceAreNotASpikeBelowTheMinimumVolume() {
        // all-zero baseline: SD 0, threshold 0; 1 and 4 exceed it but are under the minimum of 5, 5 is not
        List<PeriodCheck> checks = check(SEVEN_DAYS_K2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 4);
        assertThat(checks).noneMatch(PeriodCheck::spike);
        assertThat(check(SEVEN_DAYS_K2, 0, 0, 0, 0, 0, 0, 0, 5).get(7).spike()).isTrue();
    }

    @Test
    void theFirstWindowOfPeriodsHasNoBaselineAndNeverAlarms() {
        List<PeriodCheck> checks = check(new SpikeRule(3, 2, 1), 1, 1000, 1, 1, 1);

        assertThat(checks.subList(0, 3)).allMatch(c -> !c.hasBaseline() && !c.spike());
        assertThat(checks.get(0).threshold()).isNaN();
        // p3's baseline (1, 1000, 1) has mean 334 and SD 576.7: 1 is far below it
        assertThat(checks.get(3).hasBaseline()).isTrue();
        assertThat(checks.get(3).spike()).isFalse();
    }

    @Test
    void aLargerKNeedsALargerRise() {
        long[] counts = {10, 12, 8, 10, 11, 9, 10, 20};
        // strength 3.16 SD: a spike at k = 3, not at k = 3.5
        assertThat(check(new SpikeRule(7, 3, 5), counts).get(7).spike()).isTrue();
        assertThat(check(new SpikeRule(7, 3.5, 5), counts).get(7).spike()).isFalse();
    }

    @Test
    void rulesThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> new SpikeRule(1, 2, 5)).hasMessageContaining("at least 2");
        assertThat(SpikeRule.defaults()).isEqualTo(new SpikeRule(14, 4, 5));
        assertThatThrownBy(() -> new SpikeRule(7, 0, 5)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new SpikeRule(7, Double.NaN, 5)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new SpikeRule(7, 2, 0)).hasMessageContaining("at least 1");
    }
}
