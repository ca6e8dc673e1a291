package io.verbatim.analytics.cube;

import io.verbatim.analytics.score.GroupOrder;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column as the cube holds it for filters and breakdowns: its distinct values (stripped, blanks as
 * {@link GroupOrder#BLANK}), a dictionary code per row, and, built on first use, the rows of each value as a bitmap.
 * Only a column with few distinct values (a region, a channel, a stage) gets per-value bitmaps: they cost one bit per
 * row per value, which for a column of ids or comments would be gigabytes. A filter on any other column scans the
 * codes once instead (about a millisecond per million rows).
 */
final class Dimension {

    /** Columns with more distinct values than this are filtered by a scan of their codes, not by bitmaps. */
    static final int MAX_BITMAP_VALUES = 256;

    private final String[] values;
    private final int[] codes;
    private final Map<String, Integer> codeOf;
    private volatile BitSet[] rowsOf;

    private Dimension(String[] values, int[] codes, Map<String, Integer> codeOf) {
        this.values = values;
        this.codes = codes;
        this.codeOf = codeOf;
    }

    static Dimension of(String[] cells) {
        Map<String, Integer> codeOf = new HashMap<>();
        // A stored column shares one string per distinct value, so each value is stripped and looked up once.
        Map<String, Integer> byInstance = new IdentityHashMap<>();
        int[] codes = new int[cells.length];
        for (int row = 0; row < cells.length; row++) {
            String cell = cells[row];
            Integer code = byInstance.get(cell);
            if (code == null) {
                String value = cell.strip();
                code = codeOf.computeIfAbsent(value.isEmpty() ? GroupOrder.BLANK : value, v -> codeOf.size());
                byInstance.put(cell, code);
            }
            codes[row] = code;
        }
        String[] values = new String[codeOf.size()];
        codeOf.forEach((value, code) -> values[code] = value);
        return new Dimension(values, codes, Map.copyOf(codeOf));
    }

    /** The dictionary code of every row. */
    int[] codes() {
        return codes;
    }

    /** The value of a code. */
    String value(int code) {
        return values[code];
    }

    int size() {
        return values.length;
    }

    /** The distinct values, in no particular order. */
    List<String> values() {
        return List.of(values);
    }

    /** The rows holding any of {@code wanted}; a value the column does not hold selects nothing. */
    BitSet rowsOf(Iterable<String> wanted) {
        boolean[] chosen = new boolean[values.length];
        for (String value : wanted) {
            Integer code = codeOf.get(value.strip().isEmpty() ? GroupOrder.BLANK : value.strip());
            if (code != null) {
                chosen[code] = true;
            }
        }
        BitSet rows = new BitSet(codes.length);
        if (values.length > MAX_BITMAP_VALUES) {
            for (int row = 0; row < codes.length; row++) {
                if (chosen[codes[row]]) {
                    rows.set(row);
                }
            }
            return rows;
        }
        BitSet[] perValue = bitmaps();
        for (int code = 0; code < chosen.length; code++) {
            if (chosen[code]) {
                rows.or(perValue[code]);
            }
        }
        return rows;
    }

    private BitSet[] bitmaps() {
        BitSet[] built = rowsOf;
        if (built == null) {
            synchronized (this) {
                built = rowsOf;
                if (built == null) {
                    built = new BitSet[values.length];
                    for (int code = 0; code < built.length; code++) {
                        built[code] = new BitSet(codes.length);
                    }
                    for (int row = 0; row < codes.length; row++) {
                        built[codes[row]].set(row);
                    }
                    rowsOf = built;
                }
            }
        }
        return built;
    }
}
