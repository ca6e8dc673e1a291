package io.verbatim.ingest.append;

/**
 * A 64-bit fingerprint of a row's cells under given column keys, for datasets with no id column. Blank cells count
 * for nothing and the order of the columns does not matter, so a row reads the same whether its file has a column
 * the dataset lacks blank or missing, and whatever order the export put the columns in. At a million rows the chance
 * that two different rows collide is about one in 36 million.
 */
final class RowFingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private RowFingerprint() {}

    /** Adds one cell of a row to the row's fingerprint {@code sum}. */
    static long add(long sum, String key, String cell) {
        if (cell == null || cell.isEmpty()) {
            return sum;
        }
        long h = FNV_OFFSET;
        h = feed(h, key);
        h = (h ^ 0x1f) * FNV_PRIME;
        h = feed(h, cell);
        return sum + mix(h);
    }

    /** FNV-1a over the UTF-16 units: no byte array per cell, and equal strings always feed the same units. */
    private static long feed(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** MurmurHash3's finaliser: spreads every input bit over the output, so sums of cells do not cancel out. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
