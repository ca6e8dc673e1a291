package io.verbatim.text.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

    /**
     * Classes {@code 000111}, clusters {@code 001122}: H(classes) = ln 2, H(clusters) = ln 3, I = (2/3) ln 2 (the
     * cells (0,0) and (1,2) each contribute (1/3) ln 2, the two single cells 0), so NMI = (2/3) ln 2 / ((ln 2 + ln 3) /
     * 2) = 0.515803; purity = (2 + 1 + 2) / 6.
     */
    @Test
    void nmiAndPurityMatchAHandComputedExample() {
        int[] classes = {0, 0, 0, 1, 1, 1};
        int[] clusters = {0, 0, 1, 1, 2, 2};
        double expected = (2.0 / 3) * Math.log(2) / ((Math.log(2) + Math.log(3)) / 2);
        assertThat(expected).isCloseTo(0.515803, within(1e-6));
        assertThat(ClusterScores.nmi(clusters, classes)).isCloseTo(expected, within(1e-12));
        assertThat(ClusterScores.nmi(classes, clusters)).isCloseTo(expected, within(1e-12));
        assertThat(ClusterScores.purity(clusters, classes)).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void identicalGroupingsUnderOtherNamesScoreOneAndIndependentOnesZero() {
        assertThat(ClusterScores.nmi(new int[] {0, 0, 1, 1}, new int[] {7, 7, 3, 3}))
                .isEqualTo(1.0);
        assertThat(ClusterScores.nmi(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}))
                .isEqualTo(0.0);
    }

    @Test
    void coherenceIsOneForWordsAlwaysTogetherAndMinusOneForWordsNeverTogether() {
        List<List<String>> texts =
                List.of(List.of("a", "b"), List.of("a", "b"), List.of("c"), List.of("d"), List.of("c"));
        assertThat(Coherence.npmi(texts, List.of(List.of("a", "b")))).isCloseTo(1.0, within(1e-12));
        assertThat(Coherence.npmi(texts, List.of(List.of("a", "c")))).isEqualTo(-1.0);
    }
}
