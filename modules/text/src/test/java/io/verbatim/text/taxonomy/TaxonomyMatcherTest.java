package io.verbatim.text.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxonomyMatcherTest {

    private final TaxonomyMatcher matcher = new TaxonomyMatcher(TaxonomyFile.parse(TaxonomyFileTest.BODY, "t.txt"));

    @Test
    void wordsMatchEveryFormWithTheSameStem() {
        assertThat(matcher.assign("Доставку перенесли")).isEqualTo(1);
        assertThat(matcher.assign("Где моя доставки?")).isEqualTo(1);
        assertThat(matcher.assign("I want a refund")).isEqualTo(7);
        assertThat(matcher.assign("Refunds are slow")).isEqualTo(7);
    }

    @Test
    void phrasesMatchTheirWordsInARowIncludingStopWords() {
        assertThat(matcher.assign("Заказ не привезли вовремя")).isEqualTo(1);
        assertThat(matcher.assign("Привезли, но не то")).isZero();
        assertThat(matcher.assign("Give my money back")).isEqualTo(7);
        assertThat(matcher.assign("Back to the money question")).isZero();
    }

    @Test
    void notExcludesAndAllRequiresEveryTerm() {
        assertThat(matcher.assign("Доставка или самовывоз?")).isZero();
        assertThat(matcher.assign("Доставка с задержкой")).isEqualTo(1);
        assertThat(matcher.assign("Курьер опоздал, задержка доставки")).isEqualTo(2);
    }

    @Test
    void aChildNeedsItsParentAndTheDeepestMatchWins() {
        // "опоздал" and "курьер" satisfy the child's own rule, and "курьер" its parent's.
        assertThat(matcher.assign("Курьер опоздал")).isEqualTo(2);
        assertThat(matcher.matches("Курьер опоздал"))
                .extracting(TaxonomyTopic::id)
                .containsExactly(1, 2);
        // The parent excludes самовывоз, so the child cannot match either.
        assertThat(matcher.assign("Курьер опоздал на самовывоз")).isZero();
    }

    @Test
    void onATieTheTopicWrittenFirstWins() {
        assertThat(matcher.matches("Курьер привез refund"))
                .extracting(TaxonomyTopic::id)
                .containsExactly(1, 7);
        assertThat(matcher.assign("Курьер привез refund")).isEqualTo(1);
    }
}
