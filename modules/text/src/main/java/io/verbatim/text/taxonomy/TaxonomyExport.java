package io.verbatim.text.taxonomy;

import io.verbatim.text.topic.TermExtractor;
import io.verbatim.text.topic.Topic;
import io.verbatim.text.topic.TopicCorpus;
import io.verbatim.text.topic.TopicModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns discovered topics into a taxonomy an analyst can edit and apply to the next wave. A rule must reproduce its
 * topic by words alone, so each topic's {@code any:} list takes the stems and adjacent-stem phrases that are precise
 * for it (at least {@value #MIN_PRECISION} of the texts using the term are in the topic) and, of those, the ones
 * covering most of its texts (up to {@value #MAX_TERMS}). Topics whose rules are most precise are written first, since
 * the first written wins a tie. A topic with no precise term gets its top three words instead.
 */
final class TaxonomyExport {

    static final double MIN_PRECISION = 0.4;
    static final int MAX_TERMS = 8;
    private static final int MIN_TEXTS = 2;

    private TaxonomyExport() {}

    /** A scored term of one topic. */
    private record Term(String term, double precision, double coverage) {}

    /** A topic's rule terms and their mean precision, to order the file. */
    private record Exported(Topic topic, List<String> terms, double precision) {}

    static Taxonomy of(TopicModel model) {
        TopicCorpus corpus = model.corpus();
        int[] assignment = model.assignment();
        Map<String, Integer> all = new HashMap<>();
        Map<Integer, Map<String, Integer>> in = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            Map<String, Integer> topic = in.computeIfAbsent(assignment[i], t -> new HashMap<>());
            for (String term : terms(corpus.stems().get(i))) {
                all.merge(term, 1, Integer::sum);
                topic.merge(term, 1, Integer::sum);
            }
        }
        List<Exported> exported = new ArrayList<>();
        for (Topic topic : model.topics()) {
            if (topic.id() == 0) {
                continue;
            }
            List<Term> precise = new ArrayList<>();
            in.get(topic.id()).forEach((term, count) -> {
                double precision = count / (double) all.get(term);
                if (count >= MIN_TEXTS && precision >= MIN_PRECISION) {
                    precise.add(new Term(term, precision, count / (double) topic.size()));
                }
            });
            precise.sort((a, b) -> a.coverage() != b.coverage()
                    ? Double.compare(b.coverage(), a.coverage())
                    : a.term().compareTo(b.term()));
            List<String> words = new ArrayList<>();
            double precision = 0;
            for (Term t : precise.subList(0, Math.min(MAX_TERMS, precise.size()))) {
                String surface = corpus.extractor().surface(t.term());
                if (!words.contains(surface)) {
                    words.add(surface);
                    precision += t.precision();
                }
            }
            if (words.isEmpty()) {
                words.addAll(
                        topic.topTerms().subList(0, Math.min(3, topic.topTerms().size())));
            } else {
                precision /= words.size();
            }
            if (!words.isEmpty()) {
                exported.add(new Exported(topic, words, precision));
            }
        }
        exported.sort((a, b) -> a.precision() != b.precision()
                ? Double.compare(b.precision(), a.precision())
                : a.topic().id() - b.topic().id());
        List<TaxonomyTopic> topics = new ArrayList<>();
        for (Exported e : exported) {
            topics.add(new TaxonomyTopic(
                    e.topic().id(),
                    List.of(e.topic().label().replace(">", " ").strip()),
                    new TopicRule(e.terms(), List.of(), List.of()),
                    List.of(" discovered: " + e.topic().size() + " texts; top words: "
                            + String.join(", ", e.topic().topTerms()))));
        }
        return new Taxonomy(
                List.of(" Exported from discovered topics; edit the rules, then apply with --taxonomy."),
                topics,
                List.of());
    }

    /** A text's stems and adjacent-stem phrases, each once. */
    private static Set<String> terms(List<String> stems) {
        Set<String> terms = new HashSet<>(stems);
        for (int i = 1; i < stems.size(); i++) {
            if (!stems.get(i - 1).equals(stems.get(i))) {
                terms.add(stems.get(i - 1) + TermExtractor.PHRASE_SEPARATOR + stems.get(i));
            }
        }
        return terms;
    }
}
