package io.verbatim.store;

import io.verbatim.domain.port.StoreException;
import java.util.Arrays;
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
        RawWriter header = new RawWriter(16);
        header.fixed(layout | LZF, 1);
        header.varint(raw.length);
        header.fixed(checksum(raw), 4);
        byte[] head = header.finish();
        byte[] out = Arrays.copyOf(head, head.length + raw.length + (raw.length >> 4) + 64);
        int end = new CompressLZF().compress(raw, 0, raw.length, out, head.length);
        return Arrays.copyOf(out, end);
    }

    /** The layout byte of a chunk. */
    static byte layout(byte[] chunk) {
        return (byte) (chunk[0] & LAYOUT);
    }

    /** The raw bytes of a chunk, whichever way it was compressed. */
    static byte[] unpack(byte[] chunk) {
        RawReader header = new RawReader(chunk);
        header.skip(1);
        int rawLength = header.varint();
        if ((chunk[0] & LZF) == 0) {
            return inflate(chunk, header.position(), rawLength);
        }
        int expected = header.fixed(4);
        return expand(chunk, header.position(), rawLength, expected);
    }

    private static byte[] expand(byte[] chunk, int from, int rawLength, int expected) {
        byte[] raw = new byte[rawLength];
        try {
            new CompressLZF().expand(chunk, from, chunk.length - from, raw, 0, rawLength);
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
