package io.verbatim.text.sentiment.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.text.sentiment.SentimentLabel;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeldOutSplitTest {

    @Test
    void aFifthIsTestAboutOneInTwelveIsDevAndTheSameTextAlwaysLandsAlike() {
        Map<HeldOutSplit.Part, Integer> counts = new EnumMap<>(HeldOutSplit.Part.class);
        for (int i = 0; i < 20_000; i++) {
            String text = "отзыв номер " + i;
            counts.merge(HeldOutSplit.of(text), 1, Integer::sum);
            assertThat(HeldOutSplit.of(new String(text.toCharArray()))).isEqualTo(HeldOutSplit.of(text));
        }
        assertThat(counts.get(HeldOutSplit.Part.TEST)).isBetween(3_700, 4_300);
        assertThat(counts.get(HeldOutSplit.Part.DEV)).isBetween(1_400, 1_800);
    }

    @Test
    void cedrEmotionsMapToSentiment() {
        assertThat(CedrLabels.sentiment("[]")).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(CedrLabels.sentiment("[0]")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(CedrLabels.sentiment("[0 2]")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(CedrLabels.sentiment("[1]")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(CedrLabels.sentiment("[3 4]")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(CedrLabels.sentiment("[2]")).isNull();
        assertThat(CedrLabels.sentiment("[0 1]")).isNull();
    }
}
