package io.verbatim.analytics.score;

import java.util.Arrays;

/** A growable list of primitive ints (row numbers), so a million answers are grouped without boxing a million Integers. */
final class CodeBuffer {

    private int[] codes = new int[16];
    private int size;

    void add(int code) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
        }
        codes[size++] = code;
    }

    int size() {
        return size;
    }

    /** Codes added so far, in the order added. */
    int[] toArray() {
        return Arrays.copyOf(codes, size);
    }
}
