package io.verbatim.store;

import io.verbatim.domain.port.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns a run of cells of one column into a compact byte chunk and back.
 *
 * <p>Survey columns repeat a handful of values (regions, scores, yes/no), so a chunk stores each distinct value once
 * and one small integer code per cell; {@link ChunkCompression} then squeezes the codes and the free-text dictionaries. Decoding shares
 * one {@link String} per distinct value, which also keeps a decoded column small in memory.
 *
 * <p>Layout: a format byte, the raw length as a varint, then the compressed raw part ({@link ChunkCompression}). Format 1 (dictionary): {@code rows},
 * {@code dictSize}, each dictionary entry as a varint UTF-8 length and its bytes, then the codes at 1, 2 or 4 bytes
 * each (big-endian), the narrowest width that fits the dictionary. Format 2 (plain), for columns whose values hardly
 * repeat (ids, timestamps, free text), where a dictionary costs a hash lookup per cell and saves nothing: {@code rows},
 * then each cell as a varint UTF-8 length and its bytes. Text is UTF-8: a charset decoder never produces a lone
 * surrogate, and a lone one, should a caller make one by hand, would come back as {@code ?}.
 */
final class ColumnChunkCodec {

    private static final byte DICTIONARY = 1;
    private static final byte PLAIN = 2;
    /** Cells looked at to choose between a dictionary and plain values. */
    private static final int SAMPLE = 2048;
    /** Slots of the identity table in front of the dictionary map. */
    private static final int RECENT = 512;

    /** Encodes {@code cells[0..count)}; a null cell is stored as blank. */
    byte[] encode(String[] cells, int count) {
        if (count < 0 || count > cells.length) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + cells.length);
        }
        if (mostlyDistinct(cells, count)) {
            return ChunkCompression.pack(PLAIN, plainChunk(cells, count));
        }
        Map<String, Integer> codeOf = HashMap.newHashMap(Math.min(count, 1 << 12));
        int[] codes = new int[count];
        // Writers hand over one instance per repeated answer (RepeatedCells), so most cells are found by identity in
        // a small table before the map is asked; its hash is cached in the string.
        String[] recent = new String[RECENT];
        int[] recentCode = new int[RECENT];
        for (int i = 0; i < count; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            int slot = cell.hashCode() & (RECENT - 1);
            if (recent[slot] == cell) {
                codes[i] = recentCode[slot];
                continue;
            }
            Integer known = codeOf.putIfAbsent(cell, codeOf.size());
            int code = known == null ? codeOf.size() - 1 : known;
            codes[i] = code;
            recent[slot] = cell;
            recentCode[slot] = code;
        }
        byte[][] dictionary = new byte[codeOf.size()][];
        codeOf.forEach((value, code) -> dictionary[code] = value.getBytes(StandardCharsets.UTF_8));
        return ChunkCompression.pack(DICTIONARY, rawChunk(count, dictionary, codes));
    }

    /**
     * Replaces every value of a chunk by {@code rewrite(value)}, keeping its row order; the function is called once
     * per distinct value of a dictionary chunk.
     */
    byte[] rewrite(byte[] chunk, UnaryOperator<String> rewrite) {
        String[] cells = decode(chunk);
        // Decoding shares one String per dictionary entry, so an identity memo sees each distinct value once.
        Map<String, String> done = new IdentityHashMap<>(Math.min(cells.length, 1 << 16));
        for (int i = 0; i < cells.length; i++) {
            cells[i] = done.computeIfAbsent(cells[i], rewrite);
        }
        return encode(cells, cells.length);
    }

    /** True when a sample of the cells hardly repeats, so a dictionary would only cost time. */
    private static boolean mostlyDistinct(String[] cells, int count) {
        int sample = Math.min(count, SAMPLE);
        if (sample < 64) {
            return false;
        }
        Set<String> seen = HashSet.newHashSet(sample);
        for (int i = 0; i < sample; i++) {
            seen.add(cells[i] == null ? "" : cells[i]);
        }
        return seen.size() * 4L > sample * 3L;
    }

    private static byte[] plainChunk(String[] cells, int count) {
        byte[][] values = new byte[count][];
        long size = 5;
        for (int i = 0; i < count; i++) {
            values[i] = cells[i] == null ? new byte[0] : cells[i].getBytes(StandardCharsets.UTF_8);
            size += 5L + values[i].length;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new StoreException("A block of " + count + " cells is too large to store (" + size + " bytes)");
        }
        RawWriter out = new RawWriter((int) size);
        out.varint(count);
        for (byte[] value : values) {
            out.varint(value.length);
            out.bytes(value);
        }
        return out.finish();
    }

    /** Decodes a whole chunk. */
    String[] decode(byte[] chunk) {
        RawReader raw = new RawReader(unpack(chunk));
        String[] cells = new String[raw.varint()];
        decodeBody(ChunkCompression.layout(chunk), raw, cells.length, cells, 0, null);
        return cells;
    }

    /**
     * Decodes a chunk into {@code target} starting at {@code offset}; returns the number of cells written. Lets a reader
     * fill one column array from many chunks without copying.
     */
    int decodeInto(byte[] chunk, String[] target, int offset) {
        return decodeInto(chunk, target, offset, null);
    }

    /**
     * As {@link #decodeInto(byte[], String[], int)}, with the dictionary values of the chunk swapped for equal ones in
     * {@code shared} (and added to it when new), so that a column read from many chunks holds one instance per
     * distinct value, not one per value and chunk: a consumer can then remember per instance what it worked out.
     */
    int decodeInto(byte[] chunk, String[] target, int offset, Map<String, String> shared) {
        RawReader raw = new RawReader(unpack(chunk));
        int rows = raw.varint();
        if (rows > target.length - offset) {
            throw damaged("a chunk holds " + rows + " cells where " + (target.length - offset) + " were expected");
        }
        decodeBody(ChunkCompression.layout(chunk), raw, rows, target, offset, shared);
        return rows;
    }

    private static byte[] rawChunk(int rows, byte[][] dictionary, int[] codes) {
        int width = codeWidth(dictionary.length);
        long size = 10L + (long) codes.length * width;
        for (byte[] entry : dictionary) {
            size += 5L + entry.length;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new StoreException("A block of " + rows + " cells is too large to store (" + size + " bytes)");
        }
        RawWriter out = new RawWriter((int) size);
        out.varint(rows);
        out.varint(dictionary.length);
        for (byte[] entry : dictionary) {
            out.varint(entry.length);
            out.bytes(entry);
        }
        for (int code : codes) {
            out.fixed(code, width);
        }
        return out.finish();
    }

    private static void decodeBody(
            byte format, RawReader raw, int rows, String[] target, int offset, Map<String, String> shared) {
        if (format == PLAIN) {
            for (int i = 0; i < rows; i++) {
                target[offset + i] = raw.utf8(raw.varint());
            }
            if (raw.remaining() != 0) {
                throw damaged("a chunk holds more values than its row count");
            }
            return;
        }
        int dictionarySize = raw.varint();
        String[] dictionary = new String[dictionarySize];
        for (int i = 0; i < dictionarySize; i++) {
            String value = raw.utf8(raw.varint());
            dictionary[i] = shared == null ? value : shared.computeIfAbsent(value, v -> v);
        }
        int width = codeWidth(dictionarySize);
        if (raw.remaining() != (long) rows * width) {
            throw damaged("the codes do not match the row count");
        }
        int[] codes = new int[rows];
        raw.fixed(width, codes, rows);
        try {
            for (int i = 0; i < rows; i++) {
                target[offset + i] = dictionary[codes[i]];
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw damaged("a code points outside the dictionary", e);
        }
    }

    private static int codeWidth(int dictionarySize) {
        if (dictionarySize <= 1 << 8) {
            return 1;
        }
        return dictionarySize <= 1 << 16 ? 2 : 4;
    }

    private static byte[] unpack(byte[] chunk) {
        byte layout = chunk.length == 0 ? 0 : ChunkCompression.layout(chunk);
        if (layout != DICTIONARY && layout != PLAIN) {
            throw damaged("unknown chunk format");
        }
        return ChunkCompression.unpack(chunk);
    }

    private static StoreException damaged(String detail) {
        return ChunkCompression.damaged(detail, null);
    }

    private static StoreException damaged(String detail, Exception cause) {
        return ChunkCompression.damaged(detail, cause);
    }
}
