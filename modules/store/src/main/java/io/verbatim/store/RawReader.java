package io.verbatim.store;

import java.nio.charset.StandardCharsets;

/** Reads what {@link RawWriter} wrote; any overrun means the chunk is damaged. */
final class RawReader {
    private final byte[] bytes;
    private int position;

    RawReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int varint() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = next();
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                if (value < 0) {
                    throw ChunkCompression.damaged("a negative length", null);
                }
                return value;
            }
        }
        throw ChunkCompression.damaged("a malformed number", null);
    }

    int fixed(int width) {
        if (width == 1) {
            return next() & 0xFF;
        }
        int value = 0;
        for (int i = 0; i < width; i++) {
            value = (value << 8) | (next() & 0xFF);
        }
        return value;
    }

    /** Reads {@code count} numbers of {@code width} bytes each (as {@link #fixed(int)} does one) into {@code out}. */
    void fixed(int width, int[] out, int count) {
        if ((long) count * width > remaining()) {
            throw ChunkCompression.damaged("a chunk ends too early", null);
        }
        if (width != 1) {
            for (int i = 0; i < count; i++) {
                out[i] = fixed(width);
            }
            return;
        }
        // One byte a code, the common case (up to 256 distinct answers): no check per byte, the range was checked.
        for (int i = 0; i < count; i++) {
            out[i] = bytes[position + i] & 0xFF;
        }
        position += count;
    }

    String utf8(int length) {
        if (length > remaining()) {
            throw ChunkCompression.damaged("a value runs past the end of its chunk", null);
        }
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    void skip(int n) {
        position += n;
    }

    int position() {
        return position;
    }

    int remaining() {
        return bytes.length - position;
    }

    private byte next() {
        if (position >= bytes.length) {
            throw ChunkCompression.damaged("a chunk ends too early", null);
        }
        return bytes[position++];
    }
}
