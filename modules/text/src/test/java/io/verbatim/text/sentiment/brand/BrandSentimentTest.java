package io.verbatim.text.sentiment.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.Sentiment;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.sentiment.SentimentModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrandSentimentTest {

    private final ModelSentimentClassifier classifier = SentimentModels.shipped();
    private final BrandSentiment ozon = new BrandSentiment(List.of("Озон", "Ozon"));

    @Test
    void onlyTheClauseNamingTheBrandCountsInAMixedSentence() {
        String text = "Доставка ужасная, но Озон вернул деньги быстро";
        Sentiment about = ozon.of(text, TextLanguage.RU, classifier);
        assertThat(about).isNotNull();
        assertThat(about.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(about.score())
                .isGreaterThan(classifier.classify(text, TextLanguage.RU).score());
    }

    @Test
    void onlyTheSentencesNamingTheBrandCount() {
        String text = "Курьер был очень вежливый, спасибо ему. А вот поддержка Озона ужасная, никто не отвечает.";
        Sentiment about = ozon.of(text, TextLanguage.RU, classifier);
        assertThat(about.label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void anAliasAndAnotherCaseMatchAndATextWithoutTheBrandHasNone() {
        assertThat(ozon.mentions("заказывал на OZON")).isTrue();
        assertThat(ozon.mentions("про озоне пишут")).isTrue();
        assertThat(ozon.of("Wildberries delivered late, terrible", TextLanguage.EN, classifier))
                .isNull();
        assertThat(ozon.of("", TextLanguage.RU, classifier)).isNull();
        Sentiment english =
                ozon.of("Shipping was slow. But Ozon support was great and helpful!", TextLanguage.EN, classifier);
        assertThat(english.label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void aBrandNeedsAName() {
        assertThatThrownBy(() -> new BrandSentiment(List.of(" ", "!"))).isInstanceOf(IllegalArgumentException.class);
    }
}
