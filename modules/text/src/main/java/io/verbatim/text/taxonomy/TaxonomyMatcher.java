package io.verbatim.text.taxonomy;

import io.verbatim.text.token.WordStemmer;
import io.verbatim.text.token.WordTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a {@link Taxonomy} to texts. A text's topic depends on that text and the taxonomy alone (never on the other
 * texts of the dataset, their number or their order), so the same text gets the same topic in every dataset and wave.
 * Words of rules and texts are compared by Snowball stem over all words of the text (stop words included, so a phrase
 * like {@code "не привезли"} can match). A child matches only when its parent does; a text gets the deepest matching
 * topic, the first written on a tie, or none (id 0).
 *
 * <p>Not thread-safe (the stemmer): use one per thread.
 */
public final class TaxonomyMatcher {

    private final WordStemmer stemmer = new WordStemmer();
    private final List<Compiled> compiled = new ArrayList<>();

    private record Compiled(
            TaxonomyTopic topic, int parent, List<String[]> any, List<String[]> all, List<String[]> not) {}

    public TaxonomyMatcher(Taxonomy taxonomy) {
        Map<List<String>, Integer> byPath = new HashMap<>();
        for (TaxonomyTopic topic : taxonomy.topics()) {
            Compiled c = new Compiled(
                    topic,
                    byPath.getOrDefault(topic.parentPath(), -1),
                    stems(topic.rule().any()),
                    stems(topic.rule().all()),
                    stems(topic.rule().not()));
            byPath.put(topic.path(), compiled.size());
            compiled.add(c);
        }
    }

    /** Every topic a text matches (its parents' rules included), in file order. */
    public List<TaxonomyTopic> matches(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WordTokenizer.words(text)) {
            words.add(stemmer.stem(word));
        }
        Set<String> set = new HashSet<>(words);
        boolean[] matched = new boolean[compiled.size()];
        List<TaxonomyTopic> out = new ArrayList<>();
        for (int i = 0; i < compiled.size(); i++) {
            Compiled c = compiled.get(i);
            boolean match = (c.parent() < 0 || matched[c.parent()]) && ownMatch(c, words, set);
            matched[i] = match;
            if (match) {
                out.add(c.topic());
            }
        }
        return out;
    }

    /** The id of a text's topic: the deepest match, first written on a tie; 0 when nothing matches. */
    public int assign(String text) {
        TaxonomyTopic best = null;
        for (TaxonomyTopic t : matches(text)) {
            if (best == null || t.path().size() > best.path().size()) {
                best = t;
            }
        }
        return best == null ? 0 : best.id();
    }

    private static boolean ownMatch(Compiled c, List<String> words, Set<String> set) {
        if (!c.any().isEmpty() && c.any().stream().noneMatch(t -> holds(t, words, set))) {
            return false;
        }
        if (!c.all().stream().allMatch(t -> holds(t, words, set))) {
            return false;
        }
        return c.not().stream().noneMatch(t -> holds(t, words, set));
    }

    private static boolean holds(String[] term, List<String> words, Set<String> set) {
        if (term.length == 1) {
            return set.contains(term[0]);
        }
        for (int i = 0; i + term.length <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < term.length && all; j++) {
                all = words.get(i + j).equals(term[j]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private List<String[]> stems(List<String> terms) {
        List<String[]> out = new ArrayList<>();
        for (String term : terms) {
            out.add(WordTokenizer.words(term).stream().map(stemmer::stem).toArray(String[]::new));
        }
        return out;
    }
}
