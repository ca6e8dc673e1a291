package io.verbatim.text.taxonomy;

import java.util.List;

/**
 * What a taxonomy topic matches: any of some terms, all of others, none of a third list. A term is a word (matched by
 * its stem, so {@code доставка} matches {@code доставки}) or a phrase of several words (matched as consecutive stems,
 * {@code "не привезли"}). Terms are kept as the analyst wrote them; matching stems them.
 *
 * @param any the text must hold at least one of these (ignored when empty)
 * @param all the text must hold every one of these
 * @param not the text must hold none of these
 */
public record TopicRule(List<String> any, List<String> all, List<String> not) {

    public TopicRule {
        any = List.copyOf(any);
        all = List.copyOf(all);
        not = List.copyOf(not);
    }

    /** True when the rule names something a text must hold (an any: or all: term). */
    public boolean selectsSomething() {
        return !any.isEmpty() || !all.isEmpty();
    }
}
