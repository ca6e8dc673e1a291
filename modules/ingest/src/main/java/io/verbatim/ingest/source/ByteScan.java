package io.verbatim.ingest.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the first of three byte values in a byte array eight bytes at a time: each eight bytes are read as one long,
 * and a byte equal to a sought value is found with two subtractions and masks instead of eight compares. The CSV reader
 * looks for the end of every field this way (delimiter, CR, LF; or quote, CR, LF inside quotes).
 */
final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteScan() {}

    /** The value repeated in all eight bytes of a long: what {@link #first} takes for each byte it looks for. */
    static long pattern(byte value) {
        return ONES * (value & 0xFF);
    }

    /** The index of the first byte in {@code bytes[from..limit)} equal to one of the three, or {@code limit}. */
    static int first(byte[] bytes, int from, int limit, long a, long b, long c) {
        int i = from;
        while (i + Long.BYTES <= limit) {
            long word = (long) LONGS.get(bytes, i);
            long found = zeroBytes(word ^ a) | zeroBytes(word ^ b) | zeroBytes(word ^ c);
            if (found != 0) {
                // Little-endian: the lowest set bit is the first matching byte. A borrow can only mark bytes above a
                // true match of the same value, never below one, so the lowest mark is exact.
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += Long.BYTES;
        }
        byte x = (byte) a;
        byte y = (byte) b;
        byte z = (byte) c;
        while (i < limit && bytes[i] != x && bytes[i] != y && bytes[i] != z) {
            i++;
        }
        return i;
    }

    /** The high bit of each zero byte of {@code x} set (and possibly of bytes above one), nothing else. */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
