package io.verbatim.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first bytes of a file, enough to sniff its format, encoding and delimiter.
 *
 * @param bytes the buffer
 * @param length bytes filled
 * @param wholeFile true when the file is no longer than the sample
 */
public record TextSample(byte[] bytes, int length, boolean wholeFile) {

    public static TextSample read(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[maxBytes];
            int length = in.readNBytes(buffer, 0, maxBytes);
            boolean whole = length < maxBytes || in.read() < 0;
            return new TextSample(buffer, length, whole);
        }
    }

    public boolean startsWith(int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Offset of the first byte that text never contains (NUL and the C0 controls other than tab, line breaks, form feed
     * and the DOS end-of-file mark), or -1. Only meaningful for single-byte and UTF-8 text.
     */
    public int firstBinaryByte() {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends. */
    public long lineOf(int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
