package io.verbatim.text.sentiment.data;

import java.nio.charset.StandardCharsets;

/**
 * The deterministic split of a data set that has no test file of its own. With {@code h} the 64-bit FNV-1a hash of the
 * text's UTF-8 bytes, mod 50: TEST when {@code h} is 0 mod 5 (a fifth, never used in training); DEV when {@code h} is
 * 6 to 9 (8%, for tuning thresholds, never for fitting weights); TRAIN otherwise. A text's part never depends on the
 * order of the file or the machine, and duplicates of a text always fall in the same part.
 */
public final class HeldOutSplit {

    /** The parts of a split. */
    public enum Part {
        TRAIN,
        DEV,
        TEST
    }

    private HeldOutSplit() {}

    public static Part of(String text) {
        long hash = Long.remainderUnsigned(fnv1a(text), 50);
        if (hash % 5 == 0) {
            return Part.TEST;
        }
        return hash >= 6 && hash <= 9 ? Part.DEV : Part.TRAIN;
    }

    static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
