package io.verbatim.store;

import java.util.Arrays;

/** An append-only byte buffer with varint and fixed-width integer writes. */
final class RawWriter {
    private byte[] bytes;
    private int size;

    RawWriter(int capacity) {
        bytes = new byte[capacity];
    }

    void varint(int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            put((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        put((byte) v);
    }

    void fixed(int value, int width) {
        for (int shift = (width - 1) * 8; shift >= 0; shift -= 8) {
            put((byte) (value >>> shift));
        }
    }

    void bytes(byte[] more) {
        bytes(more, more.length);
    }

    void bytes(byte[] more, int length) {
        ensure(length);
        System.arraycopy(more, 0, bytes, size, length);
        size += length;
    }

    byte[] finish() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
