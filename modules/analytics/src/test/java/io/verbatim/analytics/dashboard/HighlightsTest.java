package io.verbatim.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analytics.dashboard.Highlights.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void marksWordsStartingWithATermInAnyCase() {
        List<Span> spans = Highlights.spans("Доставкой недоволен, ДОСТАВКА долгая", Highlights.terms("доставк"));

        assertThat(spans)
                .containsExactly(
                        new Span("Доставкой", true),
                        new Span(" недоволен, ", false),
                        new Span("ДОСТАВКА", true),
                        new Span(" долгая", false));
    }

    @Test
    void withoutTermsTheTextIsOnePlainSpan() {
        assertThat(Highlights.spans("Fast delivery", Highlights.terms(" a ")))
                .containsExactly(new Span("Fast delivery", false));
    }

    @Test
    void searchMatchesOnlyWhenEveryTermIsFound() {
        List<String> terms = Highlights.terms("slow courier");

        assertThat(Highlights.matchesAll("Slow delivery, rude courier", terms)).isTrue();
        assertThat(Highlights.matchesAll("Slow delivery", terms)).isFalse();
    }
}
