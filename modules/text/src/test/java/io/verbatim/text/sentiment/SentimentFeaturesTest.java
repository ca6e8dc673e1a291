package io.verbatim.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.text.lang.TextLanguage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentimentFeaturesTest {

    private final SentimentFeatures features = new SentimentFeatures(
            18, false, SentimentLexicon.parse(List.of("+ хороший", "- не работает", "+ thank you")));

    @Test
    void negationMakesTheFollowingWordsOtherFeaturesUpToThePunctuation() {
        Set<Integer> plain = buckets("хорошо");
        Set<Integer> negated = buckets("не хорошо");
        Set<Integer> afterComma = buckets("не сейчас, хорошо");
        assertThat(negated).doesNotContainAnyElementsOf(plain);
        assertThat(afterComma).containsAll(plain);
    }

    @Test
    void wordFormsShareAStemFeature() {
        assertThat(buckets("доставки")).isEqualTo(buckets("доставку"));
    }

    @Test
    void lexiconHitsCountTowardTheirSideAndNegationFlipsThem() {
        int positive = features.lexiconBucket(SentimentLabel.POSITIVE);
        int negative = features.lexiconBucket(SentimentLabel.NEGATIVE);
        assertThat(buckets("Хороший сервис")).contains(positive).doesNotContain(negative);
        assertThat(buckets("Нехороший сервис")).doesNotContain(positive, negative);
        assertThat(buckets("Не хороший сервис")).contains(negative).doesNotContain(positive);
        assertThat(buckets("Ничего не работает")).contains(negative);
        assertThat(buckets("Thank you!")).contains(positive);
    }

    @Test
    void wordFeaturesHaveUnitLength() {
        FeatureVector vector = new FeatureVector();
        features.extract("доставка была быстрой и аккуратной", vector);
        double norm = 0;
        for (int i = 0; i < vector.size(); i++) {
            norm += vector.value(i) * vector.value(i);
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void shippedLexiconsLoadBothLanguages() {
        assertThat(SentimentLexicon.shipped(TextLanguage.RU).size()).isGreaterThan(150);
        assertThat(SentimentLexicon.shipped(TextLanguage.EN).size()).isGreaterThan(150);
        assertThat(SentimentLexicon.shipped(TextLanguage.RU).polarity("спасиб")).isEqualTo(1);
        assertThat(SentimentLexicon.shipped(TextLanguage.OTHER).size()).isZero();
    }

    private Set<Integer> buckets(String text) {
        FeatureVector vector = new FeatureVector();
        features.extract(text, vector);
        Set<Integer> buckets = new HashSet<>();
        for (int i = 0; i < vector.size(); i++) {
            buckets.add(vector.index(i));
        }
        return buckets;
    }
}
