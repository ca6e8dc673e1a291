package io.verbatim.text.sentiment;

/**
 * The hashing trick for sentiment features: a feature is a kind (unigram, bigram, character n-gram, ...) and a few
 * strings or characters, mixed into a 32-bit hash and folded into the model's buckets. No vocabulary to store, and a
 * word never seen in training simply lands in a bucket with little weight.
 */
final class FeatureHash {

    static final int UNIGRAM = 0x1b873593;
    static final int NEGATED = 0x5bd1e995;
    static final int BIGRAM = 0x68e31da4;
    static final int CHARS = 0x2545f491;
    static final int SIGN = 0x7f4a7c15;
    static final int LEXICON = 0x3c6ef372;

    private FeatureHash() {}

    /** Murmur3's finaliser: spreads every input bit over the result. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    static int of(int kind, String word) {
        return mix(kind * 31 + word.hashCode());
    }

    static int of(int kind, String first, String second) {
        return mix((kind * 31 + first.hashCode()) * 0x9e3779b9 + second.hashCode());
    }

    /** The hash of characters {@code from} (inclusive) to {@code to} (exclusive) of a word with boundary marks. */
    static int ofChars(int kind, CharSequence marked, int from, int to) {
        int h = kind;
        for (int i = from; i < to; i++) {
            h = h * 31 + marked.charAt(i);
        }
        return mix(h ^ (to - from));
    }
}
