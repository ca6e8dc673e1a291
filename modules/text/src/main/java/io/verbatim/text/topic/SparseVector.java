package io.verbatim.text.topic;

/**
 * A text as weighted terms: the indexes of its terms in a {@link Vocabulary} (ascending) and their weights. Short
 * customer texts use a handful of a vocabulary's thousands of terms, so only those are stored.
 *
 * @param indexes term indexes, ascending, no repeats
 * @param weights the weight of each term, same length
 */
public record SparseVector(int[] indexes, float[] weights) {

    /** A text none of whose terms is in the vocabulary. */
    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    public SparseVector {
        if (indexes.length != weights.length) {
            throw new IllegalArgumentException("indexes and weights differ in length");
        }
    }

    /** How many terms carry a weight. */
    public int size() {
        return indexes.length;
    }

    /** True when no term of the text is known. */
    public boolean isEmpty() {
        return indexes.length == 0;
    }
}
