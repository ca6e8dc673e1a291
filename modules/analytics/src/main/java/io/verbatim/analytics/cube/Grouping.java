package io.verbatim.analytics.cube;

import java.util.List;

/**
 * A breakdown as the cube scans it: the group labels and each row's group index (−1 for a row in no group, such as an
 * undated row of a trend).
 *
 * @param labels group index → label
 * @param groupOfRow row → group index or −1
 */
record Grouping(List<String> labels, int[] groupOfRow) {

    /** Every row in one group. */
    static Grouping all(String label, int rows) {
        return new Grouping(List.of(label), new int[rows]);
    }

    static Grouping of(Dimension dimension) {
        String[] labels = new String[dimension.size()];
        for (int code = 0; code < labels.length; code++) {
            labels[code] = dimension.value(code);
        }
        return new Grouping(List.of(labels), dimension.codes());
    }
}
