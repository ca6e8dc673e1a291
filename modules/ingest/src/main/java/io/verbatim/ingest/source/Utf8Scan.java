package io.verbatim.ingest.source;

/**
 * What a strict UTF-8 check found in a block of bytes.
 *
 * @param multibyte well-formed sequences of two to four bytes (non-ASCII characters)
 * @param invalid bytes that cannot start or continue a well-formed sequence
 * @param firstInvalid offset of the first invalid byte, or -1
 */
public record Utf8Scan(int multibyte, int invalid, int firstInvalid) {

    /**
     * Checks {@code length} bytes strictly (no overlong forms, no surrogates, nothing above U+10FFFF).
     *
     * @param endOfInput false when the block was cut from a longer file: a sequence cut by the end of the block is then
     *     not counted as invalid, because its remaining bytes are simply not in the sample
     */
    public static Utf8Scan of(byte[] bytes, int length, boolean endOfInput) {
        int multibyte = 0;
        int invalid = 0;
        int firstInvalid = -1;
        int i = 0;
        while (i < length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int size = sequenceLength(lead);
            if (size > 0 && i + size > length && !endOfInput && continuesToEnd(bytes, i, length, lead)) {
                break;
            }
            if (size > 0 && i + size <= length && wellFormed(bytes, i, size, lead)) {
                multibyte++;
                i += size;
            } else {
                invalid++;
                firstInvalid = firstInvalid < 0 ? i : firstInvalid;
                i++;
            }
        }
        return new Utf8Scan(multibyte, invalid, firstInvalid);
    }

    /**
     * The offset of the first byte in {@code bytes[from..to)} that is not part of a well-formed sequence (a sequence cut
     * by {@code to} counts as malformed), or -1 when the range is valid UTF-8.
     */
    public static int firstInvalid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int size = sequenceLength(lead);
            if (size == 0 || i + size > to || !wellFormed(bytes, i, size, lead)) {
                return i;
            }
            i += size;
        }
        return -1;
    }

    public boolean valid() {
        return invalid == 0;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static boolean wellFormed(byte[] bytes, int start, int size, int lead) {
        int second = bytes[start + 1] & 0xFF;
        if (!secondByteAllowed(lead, second)) {
            return false;
        }
        for (int k = 2; k < size; k++) {
            if (!isContinuation(bytes[start + k] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes present so far are a valid prefix of a sequence that the block end cut. */
    private static boolean continuesToEnd(byte[] bytes, int start, int length, int lead) {
        if (start + 1 >= length) {
            return true;
        }
        if (!secondByteAllowed(lead, bytes[start + 1] & 0xFF)) {
            return false;
        }
        for (int k = start + 2; k < length; k++) {
            if (!isContinuation(bytes[k] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** The second byte's range is narrower for some leads: this is what rules out overlongs and surrogates. */
    private static boolean secondByteAllowed(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF;
            case 0xED -> second >= 0x80 && second <= 0x9F;
            case 0xF0 -> second >= 0x90 && second <= 0xBF;
            case 0xF4 -> second >= 0x80 && second <= 0x8F;
            default -> isContinuation(second);
        };
    }

    private static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }
}
