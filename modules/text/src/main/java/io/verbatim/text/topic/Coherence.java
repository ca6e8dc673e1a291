package io.verbatim.text.topic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Topic coherence as normalised pointwise mutual information (NPMI, Bouma 2009; Röder et al. 2015) of each topic's top
 * stems over the texts: for each pair of top stems, {@code ln(p(a,b) / (p(a) p(b))) / -ln p(a,b)}, from +1 (always
 * together) through 0 (independent) to -1 (never together), averaged over the pairs of a topic and then over topics.
 * Topics whose top words really go together in customers' texts score high; a topic glued from unrelated texts low.
 */
public final class Coherence {

    /** How many top stems of each topic are paired. */
    public static final int TOP = 10;

    private Coherence() {}

    /** The mean NPMI over the topics of a model (0 when no topic has two top stems). */
    public static double npmi(TopicModel model) {
        return npmi(
                model.corpus().stems(),
                model.topics().stream().map(Topic::topStems).toList());
    }

    /** The mean NPMI of the given top-stem lists over texts given as their stems. */
    public static double npmi(List<List<String>> texts, List<List<String>> topStems) {
        Map<String, BitSet> occurs = new HashMap<>();
        for (List<String> stems : topStems) {
            for (String s : stems.subList(0, Math.min(TOP, stems.size()))) {
                occurs.put(s, new BitSet(texts.size()));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (String stem : new HashSet<>(texts.get(i))) {
                BitSet bits = occurs.get(stem);
                if (bits != null) {
                    bits.set(i);
                }
            }
        }
        double n = texts.size();
        double total = 0;
        int topics = 0;
        for (List<String> stems : topStems) {
            List<String> top = stems.subList(0, Math.min(TOP, stems.size()));
            double sum = 0;
            int pairs = 0;
            for (int a = 0; a < top.size(); a++) {
                for (int b = a + 1; b < top.size(); b++) {
                    sum += pair(occurs.get(top.get(a)), occurs.get(top.get(b)), n);
                    pairs++;
                }
            }
            if (pairs > 0) {
                total += sum / pairs;
                topics++;
            }
        }
        return topics == 0 ? 0 : total / topics;
    }

    /**
     * The top stems of each group of a labeling (groups numbered from 0), scored as topic labels are ({@code p ln(p/q)},
     * p the share of the group's texts using the stem, q the share of all texts).
     */
    public static List<List<String>> topStems(List<List<String>> texts, int[] labels, int top) {
        Map<String, Integer> all = new HashMap<>();
        Map<Integer, Map<String, Integer>> in = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            sizes.merge(labels[i], 1, Integer::sum);
            Map<String, Integer> group = in.computeIfAbsent(labels[i], g -> new HashMap<>());
            for (String stem : new HashSet<>(texts.get(i))) {
                all.merge(stem, 1, Integer::sum);
                group.merge(stem, 1, Integer::sum);
            }
        }
        List<List<String>> out = new ArrayList<>();
        in.keySet().stream()
                .sorted()
                .forEach(g -> out.add(TopicLabeler.top(in.get(g), all, sizes.get(g), texts.size(), 1, top)));
        return out;
    }

    private static double pair(BitSet a, BitSet b, double n) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        double pab = both.cardinality() / n;
        if (pab == 0) {
            return -1;
        }
        double pa = a.cardinality() / n;
        double pb = b.cardinality() / n;
        if (pab >= 1) {
            return 1;
        }
        return Math.log(pab / (pa * pb)) / -Math.log(pab);
    }
}
