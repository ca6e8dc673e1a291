package io.verbatim.analytics.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.score.Score;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetSentimentCalculatorTest {

    private static final double POINTS = 0.005;

    private final NetSentimentCalculator calculator = new NetSentimentCalculator();

    /**
     * 6 positive, 3 neutral, 1 mixed, 4 negative, 2 blank, 1 "speech": n = 14 (blank and speech are not in the base,
     * mixed is, as 0). Net = (6 − 4)/14 = 14.29 points. Var = 6/14 + 4/14 − (2/14)² = .693878, SE = √(Var/14) = 22.263
     * points. n < 100, so adjusted Wald: P = 6.75, D = 4.75, n = 17; net' = 2/17 = .117647; Var' = 6.75/17 + 4.75/17
     * − .117647² = .662630; SE' = √(Var'/17) = .197429; ± 1.959964·SE' = .386952 → [−26.93, +50.46].
     */
    @Test
    void smallBaseIsTheNetShareWithTheAdjustedWaldInterval() {
        String[] labels = labels("positive", 6, "neutral", 3, "mixed", 1, "negative", 4, "", 2, "speech", 1);
        SentimentRow row = calculator
                .sentiment(columns(labels), null, Groups.all(labels.length))
                .rows()
                .get(0);

        Score score = row.score();
        assertThat(score.group()).isEqualTo("all");
        assertThat(score.n()).isEqualTo(14);
        assertThat(score.value()).isCloseTo(14.2857, within(POINTS));
        assertThat(score.standardError()).isCloseTo(22.2627, within(POINTS));
        assertThat(score.ciLow()).isCloseTo(-26.9307, within(POINTS));
        assertThat(score.ciHigh()).isCloseTo(50.4601, within(POINTS));
        assertThat(List.of(row.positive(), row.neutral(), row.mixed(), row.negative(), row.blank(), row.unrecognised()))
                .containsExactly(6L, 3L, 1L, 4L, 2L, 1L);
    }

    /**
     * 60 positive, 25 neutral, 35 negative (Talkwalker numbers 3, 0, −2): n = 120, net = 25/120 = 20.83 points;
     * Var = .5 + .291667 − .208333² = .748264; SE = √(Var/120) = 7.8965 points; Wald ± 1.959964·SE = 15.4769 →
     * [5.356, 36.310].
     */
    @Test
    void largeBaseUsesTheWaldIntervalOfTheVarianceFormula() {
        String[] labels = labels("3", 60, "0", 25, "-2", 35);
        Score score = calculator
                .sentiment(columns(labels), null, Groups.all(labels.length))
                .rows()
                .get(0)
                .score();

        assertThat(score.n()).isEqualTo(120);
        assertThat(score.value()).isCloseTo(20.8333, within(POINTS));
        assertThat(score.ciLow()).isCloseTo(5.3564, within(POINTS));
        assertThat(score.ciHigh()).isCloseTo(36.3103, within(POINTS));
    }

    /**
     * 150 neutral mentions: net 0 and Var 0, so Wald would claim [0, 0]. Fewer than 5 answers are not neutral, so the
     * adjusted interval is used: P = D = 0.75, n = 153, Var' = 1.5/153 = .0098039, SE' = √(Var'/153) = .0080048,
     * ± 1.959964·SE' = 1.569 points.
     */
    @Test
    void allNeutralMentionsDoNotGetAZeroWidthInterval() {
        String[] labels = labels("neutral", 150);
        Score score = calculator
                .sentiment(columns(labels), null, Groups.all(150))
                .rows()
                .get(0)
                .score();

        assertThat(score.value()).isZero();
        assertThat(score.ciLow()).isCloseTo(-1.5689, within(POINTS));
        assertThat(score.ciHigh()).isCloseTo(1.5689, within(POINTS));
    }

    @Test
    void groupsAreScoredApartAndAGroupWithoutSentimentHasNoScore() {
        String[] labels = {"positive", "positive", "negative", "", "n/a"};
        String[] platform = {"vk", "vk", "tg", "tg", "tg"};
        SentimentTable table = calculator.sentiment(columns(labels), "platform", Groups.by(platform, 5));

        // tg has 3 mentions, vk 2: the larger group comes first
        assertThat(table.rows()).extracting(r -> r.score().group()).containsExactly("tg", "vk");
        assertThat(table.rows().get(0).score().n()).isEqualTo(1);
        assertThat(table.rows().get(0).score().value()).isEqualTo(-100.0);
        assertThat(table.rows().get(1).score().value()).isEqualTo(100.0);

        SentimentTable none = calculator.sentiment(columns(new String[] {"", "skip"}), null, Groups.all(2));
        assertThat(none.rows().get(0).score().n()).isZero();
        assertThat(none.rows().get(0).score().value()).isNaN();
    }

    @Test
    void aDatasetWithoutAToolSentimentColumnIsRefusedWithAReason() {
        MentionColumns noSentiment = new MentionColumns("twitter", 1, Map.of(MentionField.TEXT, new String[] {"hi"}));
        assertThatThrownBy(() -> calculator.sentiment(noSentiment, null, Groups.all(1)))
                .isInstanceOf(MentionException.class)
                .hasMessageContaining("no tool_sentiment column");
    }

    private static MentionColumns columns(String[] labels) {
        return new MentionColumns("d", labels.length, Map.of(MentionField.TOOL_SENTIMENT, labels));
    }

    /** Pairs of label and how many times it occurs, shuffled so order cannot matter. */
    static String[] labels(Object... pairs) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.addAll(Collections.nCopies((Integer) pairs[i + 1], (String) pairs[i]));
        }
        Collections.shuffle(labels, new java.util.Random(7));
        return labels.toArray(String[]::new);
    }
}
