package io.verbatim.text.sentiment;

import java.util.Arrays;

/**
 * A sparse feature vector being filled: bucket indices and values, duplicates allowed (a word seen twice is two
 * entries; a dot product sums them). Reused from text to text to spare allocation; not thread-safe.
 */
public final class FeatureVector {

    private int[] indices = new int[256];
    private float[] values = new float[256];
    private int size;

    /** Empties the vector for the next text. */
    public void clear() {
        size = 0;
    }

    /** Adds a value to a bucket. */
    public void add(int index, float value) {
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        indices[size] = index;
        values[size] = value;
        size++;
    }

    /** Multiplies the first {@code count} values by a factor. */
    public void scale(int count, float factor) {
        for (int i = 0; i < count; i++) {
            values[i] *= factor;
        }
    }

    public int size() {
        return size;
    }

    public int index(int i) {
        return indices[i];
    }

    public float value(int i) {
        return values[i];
    }

    /** A copy of the filled indices, for a training set that keeps every example. */
    public int[] indicesCopy() {
        return Arrays.copyOf(indices, size);
    }

    /** A copy of the filled values. */
    public float[] valuesCopy() {
        return Arrays.copyOf(values, size);
    }
}
