package io.verbatim.text.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names topics by the stems and phrases that set them apart: a term scores {@code p * ln(p / q)} where {@code p} is the
 * share of the topic's texts that use it and {@code q} the share of all texts, so a term common in the topic and rare
 * elsewhere wins, and one common everywhere ("card" in a bank's tickets) does not name every topic. Ties break
 * alphabetically, so the same topic gets the same label every time.
 */
final class TopicLabeler {

    static final int TOP_STEMS = 10;
    static final int TOP_PHRASES = 3;
    static final int LABEL_WORDS = 3;

    private TopicLabeler() {}

    /** The topics of an assignment (topic ids per text; 0 means no topic), ordered by id. */
    static List<Topic> label(TopicCorpus corpus, int[] assignment) {
        Map<Integer, Integer> sizes = new HashMap<>();
        Map<String, Integer> stemAll = new HashMap<>();
        Map<String, Integer> phraseAll = new HashMap<>();
        Map<Integer, Map<String, Integer>> stemIn = new HashMap<>();
        Map<Integer, Map<String, Integer>> phraseIn = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            int topic = assignment[i];
            sizes.merge(topic, 1, Integer::sum);
            List<String> stems = corpus.stems().get(i);
            Map<String, Integer> inStems = stemIn.computeIfAbsent(topic, t -> new HashMap<>());
            for (String stem : new HashSet<>(stems)) {
                stemAll.merge(stem, 1, Integer::sum);
                inStems.merge(stem, 1, Integer::sum);
            }
            Map<String, Integer> inPhrases = phraseIn.computeIfAbsent(topic, t -> new HashMap<>());
            for (String phrase : phrases(stems)) {
                phraseAll.merge(phrase, 1, Integer::sum);
                inPhrases.merge(phrase, 1, Integer::sum);
            }
        }
        int n = corpus.size();
        List<Topic> topics = new ArrayList<>();
        sizes.keySet().stream().sorted().forEach(id -> {
            if (id == 0) {
                topics.add(new Topic(0, TopicModel.NO_TOPIC_LABEL, sizes.get(0), List.of(), List.of(), List.of()));
                return;
            }
            int size = sizes.get(id);
            List<String> stems = top(stemIn.get(id), stemAll, size, n, 1, TOP_STEMS);
            List<String> phrases = top(phraseIn.get(id), phraseAll, size, n, 2, TOP_PHRASES);
            List<String> terms = stems.stream().map(corpus.extractor()::surface).toList();
            List<String> labelWords = distinct(terms, LABEL_WORDS);
            String label = labelWords.isEmpty() ? "topic " + id : String.join(" / ", labelWords);
            topics.add(new Topic(
                    id,
                    label,
                    size,
                    stems,
                    terms,
                    phrases.stream().map(corpus.extractor()::surface).toList()));
        });
        return topics;
    }

    /** The adjacent stem pairs of a text, each once. */
    static Set<String> phrases(List<String> stems) {
        Set<String> phrases = new HashSet<>();
        for (int i = 1; i < stems.size(); i++) {
            if (!stems.get(i - 1).equals(stems.get(i))) {
                phrases.add(stems.get(i - 1) + TermExtractor.PHRASE_SEPARATOR + stems.get(i));
            }
        }
        return phrases;
    }

    /** The terms of a group scoring {@code p ln(p/q)} highest (at least {@code minCount} texts), best first. */
    static List<String> top(
            Map<String, Integer> inTopic, Map<String, Integer> all, int size, int n, int minCount, int limit) {
        if (inTopic == null) {
            return List.of();
        }
        record Scored(String term, double score) {}
        List<Scored> scored = new ArrayList<>();
        inTopic.forEach((term, count) -> {
            if (count < minCount) {
                return;
            }
            double p = count / (double) size;
            double q = all.get(term) / (double) n;
            double score = p * Math.log(p / q);
            if (score > 0) {
                scored.add(new Scored(term, score));
            }
        });
        scored.sort((a, b) -> a.score() != b.score()
                ? Double.compare(b.score(), a.score())
                : a.term().compareTo(b.term()));
        return scored.stream().limit(limit).map(Scored::term).toList();
    }

    private static List<String> distinct(List<String> words, int limit) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!out.contains(w) && out.size() < limit) {
                out.add(w);
            }
        }
        return out;
    }
}
