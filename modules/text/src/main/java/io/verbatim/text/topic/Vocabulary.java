package io.verbatim.text.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms a topic model knows and how rare each is (inverse document frequency), learnt from a set of texts. Terms in
 * fewer than {@code minDocuments} texts (typos, names) or in more than {@code maxShare} of them (the corpus's own
 * boilerplate) are left out. A text becomes a TF-IDF vector: sublinear term frequency {@code 1 + ln tf} times the idf
 * {@code ln((1 + n) / (1 + df)) + 1}, scaled to unit length so long and short texts weigh alike.
 */
public final class Vocabulary {

    private final Map<String, Integer> indexes;
    private final List<String> terms;
    private final float[] idf;

    private Vocabulary(Map<String, Integer> indexes, List<String> terms, float[] idf) {
        this.indexes = indexes;
        this.terms = terms;
        this.idf = idf;
    }

    /** Learns the vocabulary of texts already split into terms. */
    public static Vocabulary learn(List<List<String>> documents, int minDocuments, double maxShare) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> doc : documents) {
            for (String term : new java.util.HashSet<>(doc)) {
                df.merge(term, 1, Integer::sum);
            }
        }
        int n = documents.size();
        double maxDocuments = Math.max(minDocuments, maxShare * n);
        List<String> kept = new ArrayList<>();
        df.forEach((term, count) -> {
            if (count >= minDocuments && count <= maxDocuments) {
                kept.add(term);
            }
        });
        kept.sort(null);
        Map<String, Integer> indexes = new HashMap<>();
        float[] idf = new float[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            indexes.put(kept.get(i), i);
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(kept.get(i)))) + 1.0);
        }
        return new Vocabulary(indexes, List.copyOf(kept), idf);
    }

    /** How many terms. */
    public int size() {
        return terms.size();
    }

    /** The term at an index. */
    public String term(int index) {
        return terms.get(index);
    }

    /** The index of a term, or -1 when it is not known. */
    public int indexOf(String term) {
        Integer index = indexes.get(term);
        return index == null ? -1 : index;
    }

    /** The unit-length TF-IDF vector of a text's terms; empty when none is known. */
    public SparseVector vector(List<String> documentTerms) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String term : documentTerms) {
            Integer index = indexes.get(term);
            if (index != null) {
                counts.merge(index, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return SparseVector.EMPTY;
        }
        int[] idx =
                counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] weights = new float[idx.length];
        double norm = 0;
        for (int i = 0; i < idx.length; i++) {
            double w = (1.0 + Math.log(counts.get(idx[i]))) * idf[idx[i]];
            weights[i] = (float) w;
            norm += w * w;
        }
        float scale = (float) (1.0 / Math.sqrt(norm));
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= scale;
        }
        return new SparseVector(Arrays.copyOf(idx, idx.length), weights);
    }
}
