package io.verbatim.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.text.lang.TextLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelSentimentClassifierTest {

    private final ModelSentimentClassifier classifier = SentimentModels.shipped();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Спасибо большое, всё отлично, доставили быстро!|POSITIVE",
                "Очень вежливый оператор, помог за пять минут, рекомендую|POSITIVE",
                "Прекрасный магазин, я очень довольна покупкой|POSITIVE",
                "Ужасный сервис, деньги списали дважды и никто не отвечает|NEGATIVE",
                "Третью неделю жду возврат, это обман, верните деньги|NEGATIVE",
                "Приложение постоянно зависает и ничего не работает, кошмар|NEGATIVE",
                "Great service, thank you so much, I love it!|POSITIVE",
                "Excellent support, the agent was friendly and fixed my problem quickly|POSITIVE",
                "Terrible quality, it broke after two days. Waste of money.|NEGATIVE",
                "The agent was rude and I am still waiting for my refund|NEGATIVE",
            })
    void clearCustomerTextsGetTheirObviousClass(String text, SentimentLabel expected) {
        Sentiment sentiment = classifier.classify(text, ModelSentimentClassifier.byScript(text));
        assertThat(sentiment.label()).as(text).isEqualTo(expected);
        assertThat(sentiment.score()).as(text).isBetween(-1.0, 1.0);
        if (expected == SentimentLabel.POSITIVE) {
            assertThat(sentiment.score()).as(text).isPositive();
        } else {
            assertThat(sentiment.score()).as(text).isNegative();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Мне понравилось обслуживание|Мне не понравилось обслуживание|RU",
                "Рекомендую этот магазин|Не рекомендую этот магазин|RU",
                "The food was good|The food was not good|EN",
                "I would recommend this seller|I would never recommend this seller|EN",
            })
    void negationLowersTheScoreAndFlipsAPositiveText(String plain, String negated, TextLanguage language) {
        Sentiment before = classifier.classify(plain, language);
        Sentiment after = classifier.classify(negated, language);
        assertThat(before.label()).as(plain).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(after.label()).as(negated).isNotEqualTo(SentimentLabel.POSITIVE);
        assertThat(after.score()).as(negated).isLessThan(before.score() - 0.5);
    }

    @Test
    void textWithoutWordsOrInAnotherScriptIsNeutralWithScoreZero() {
        assertThat(classifier.classify("", TextLanguage.RU)).isEqualTo(Sentiment.NONE);
        assertThat(classifier.classify(null, TextLanguage.EN)).isEqualTo(Sentiment.NONE);
        assertThat(classifier.classify("你好，谢谢", TextLanguage.OTHER)).isEqualTo(Sentiment.NONE);
        assertThat(classifier.classify("12345 !!!", TextLanguage.OTHER)).isEqualTo(Sentiment.NONE);
    }

    @Test
    void otherLanguageFallsBackToTheModelOfTheScript() {
        String russian = "Ужасный сервис, никогда больше";
        assertThat(classifier.classify(russian, TextLanguage.OTHER))
                .isEqualTo(classifier.classify(russian, TextLanguage.RU));
        String english = "Terrible service, never again";
        assertThat(classifier.classify(english, TextLanguage.OTHER))
                .isEqualTo(classifier.classify(english, TextLanguage.EN));
    }

    @Test
    void aCopyClassifiesAlikeAndScoreIsPositiveMinusNegativeProbability() {
        String text = "Доставка быстрая, но упаковка порвана";
        ModelSentimentClassifier copy = classifier.copy();
        assertThat(copy.classify(text, TextLanguage.RU)).isEqualTo(classifier.classify(text, TextLanguage.RU));
        double[] p = classifier.probabilities(text, TextLanguage.RU);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(classifier.classify(text, TextLanguage.RU).score())
                .isCloseTo(p[2] - p[0], org.assertj.core.data.Offset.offset(1e-9));
    }
}
