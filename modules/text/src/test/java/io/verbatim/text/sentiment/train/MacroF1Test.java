package io.verbatim.text.sentiment.train;

import static io.verbatim.text.sentiment.SentimentLabel.NEGATIVE;
import static io.verbatim.text.sentiment.SentimentLabel.NEUTRAL;
import static io.verbatim.text.sentiment.SentimentLabel.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MacroF1Test {

    @Test
    void averagesTheF1OfEachGoldClass() {
        // positive: tp 1, gold 2, predicted 1 -> 2/3; negative: tp 1, gold 1, predicted 2 -> 2/3; neutral: 1
        var gold = List.of(POSITIVE, POSITIVE, NEGATIVE, NEUTRAL);
        var predicted = List.of(POSITIVE, NEGATIVE, NEGATIVE, NEUTRAL);
        assertThat(MacroF1.of(gold, predicted)).isCloseTo((2 / 3.0 + 2 / 3.0 + 1) / 3, Offset.offset(1e-12));
    }

    @Test
    void aTwoClassSetIsScoredOverItsTwoClassesAndNeutralPredictionsAreMisses() {
        var gold = List.of(POSITIVE, NEGATIVE);
        assertThat(MacroF1.of(gold, List.of(POSITIVE, NEGATIVE))).isEqualTo(1.0);
        assertThat(MacroF1.of(gold, List.of(NEUTRAL, NEGATIVE))).isCloseTo(0.5, Offset.offset(1e-12));
    }
}
