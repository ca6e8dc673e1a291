package io.verbatim.store;

import io.verbatim.domain.port.StoreException;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.h2.compress.CompressLZF;

/**
 * Compresses a chunk's raw bytes and back. A chunk starts with one format byte whose low seven bits say how the raw
 * bytes are laid out ({@link ColumnChunkCodec}) and whose high bit says how they are compressed; then the raw length
 * as a varint; then, for LZF, a CRC-32C of the raw bytes (four bytes, big-endian); then the compressed bytes.
 *
 * <p>New chunks use H2's LZF (high bit set): it writes about twice as fast as Deflate at its fastest level, which
 * matters because an import compresses every cell once while the reader is still parsing, and it expands faster
 * too. Its files are about half as large again as Deflate's, a fair price on a laptop disk. LZF has no checksum of
 * its own, so the chunk carries one, as the Deflate stream did: a damaged chunk is refused, never read as other
 * answers. Chunks written before (high bit clear) are Deflate streams and stay readable.
 */
final class ChunkCompression {

    private static final int LZF = 0x80;
    private static final int LAYOUT = 0x7F;

    private ChunkCompression() {}

    /** The chunk for {@code raw} bytes of the given layout. */
    static byte[] pack(byte layout, byte[] raw) {
        byte[] out = new byte[6 + raw.length + (raw.length >> 4) + 64];
        out[0] = (byte) (layout | LZF);
        int position = 1;
        int length = raw.length;
        while ((length & ~0x7F) != 0) {
            out[position++] = (byte) ((length & 0x7F) | 0x80);
            length >>>= 7;
        }
        out[position++] = (byte) length;
        int checksum = checksum(raw);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out[position++] = (byte) (checksum >>> shift);
        }
        int end = new CompressLZF().compress(raw, 0, raw.length, out, position);
        return java.util.Arrays.copyOf(out, end);
    }

    /** The layout byte of a chunk. */
    static byte layout(byte[] chunk) {
        return (byte) (chunk[0] & LAYOUT);
    }

    /** The raw bytes of a chunk, whichever way it was compressed. */
    static byte[] unpack(byte[] chunk) {
        if (chunk.length < 2) {
            throw damaged("a chunk is truncated", null);
        }
        int position = 1;
        int rawLength = 0;
        for (int shift = 0; ; shift += 7) {
            if (position >= chunk.length || shift > 28) {
                throw damaged("a chunk's length is unreadable", null);
            }
            byte b = chunk[position++];
            rawLength |= (b & 0x7F) << shift;
            if (b >= 0) {
                break;
            }
        }
        if (rawLength < 0) {
            throw damaged("a negative length", null);
        }
        return (chunk[0] & LZF) != 0 ? expand(chunk, position, rawLength) : inflate(chunk, position, rawLength);
    }

    private static byte[] expand(byte[] chunk, int from, int rawLength) {
        if (chunk.length - from < 4) {
            throw damaged("a chunk is truncated", null);
        }
        int expected = 0;
        for (int i = 0; i < 4; i++) {
            expected = (expected << 8) | (chunk[from + i] & 0xFF);
        }
        byte[] raw = new byte[rawLength];
        try {
            new CompressLZF().expand(chunk, from + 4, chunk.length - from - 4, raw, 0, rawLength);
        } catch (RuntimeException e) {
            throw damaged("the chunk does not decompress", e);
        }
        if (checksum(raw) != expected) {
            throw damaged("a chunk does not match its checksum", null);
        }
        return raw;
    }

    private static int checksum(byte[] raw) {
        CRC32C crc = new CRC32C();
        crc.update(raw, 0, raw.length);
        return (int) crc.getValue();
    }

    private static byte[] inflate(byte[] chunk, int from, int rawLength) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(chunk, from, chunk.length - from);
            byte[] raw = new byte[rawLength];
            int filled = 0;
            // Run to the end of the stream, not just to rawLength: the trailer carries the checksum.
            while (!inflater.finished()) {
                if (filled == rawLength) {
                    if (inflater.inflate(new byte[1]) > 0) {
                        throw damaged("a chunk is longer than it says", null);
                    }
                    if (!inflater.finished()) {
                        throw damaged("a chunk is truncated", null);
                    }
                    break;
                }
                int n = inflater.inflate(raw, filled, rawLength - filled);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged("a chunk is truncated", null);
                }
                filled += n;
            }
            if (filled != rawLength) {
                throw damaged("a chunk is shorter than it says", null);
            }
            return raw;
        } catch (DataFormatException e) {
            throw damaged("the chunk does not decompress", e);
        } finally {
            inflater.end();
        }
    }

    static StoreException damaged(String detail, Exception cause) {
        return new StoreException(
                "The workspace is damaged: " + detail + ". Restore it from a backup or re-import.", cause);
    }
}
