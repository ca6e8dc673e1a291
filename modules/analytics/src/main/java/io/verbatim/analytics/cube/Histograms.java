package io.verbatim.analytics.cube;

import io.verbatim.analytics.score.AnswerCodes;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The one scan behind every cube score: for the selected rows, how many answered each scale point, per group. A
 * histogram is all NPS, top-box and mean need, so a million rows become a few hundred counts in one pass over
 * primitive arrays.
 */
final class Histograms {

    private final long[] counts;
    private final boolean[] present;
    private final int width;
    private final int min;

    private Histograms(int groups, int min, int max) {
        this.width = max - min + 1;
        this.min = min;
        this.counts = new long[groups * width];
        this.present = new boolean[groups];
    }

    /**
     * @param answers per row, the code on the scale or {@link AnswerCodes#NO_ANSWER}
     * @param grouping per row, the group or −1
     * @param selection the rows to count, or null for every row
     */
    static Histograms count(int[] answers, Grouping grouping, BitSet selection, int min, int max) {
        Histograms histograms = new Histograms(grouping.labels().size(), min, max);
        int[] groups = grouping.groupOfRow();
        if (selection == null) {
            for (int row = 0; row < answers.length; row++) {
                histograms.add(groups[row], answers[row]);
            }
        } else {
            for (int row = selection.nextSetBit(0); row >= 0; row = selection.nextSetBit(row + 1)) {
                histograms.add(groups[row], answers[row]);
            }
        }
        return histograms;
    }

    private void add(int group, int answer) {
        if (group < 0) {
            return;
        }
        present[group] = true;
        int point = answer - min;
        // NO_ANSWER (and any code off the scale, which the scale never yields) lands outside [0, width).
        if (answer != AnswerCodes.NO_ANSWER && point >= 0 && point < width) {
            counts[group * width + point]++;
        }
    }

    /** True when a selected row is in the group, with or without an answer. */
    boolean present(int group) {
        return present[group];
    }

    long answers(int group) {
        long n = 0;
        for (int i = 0; i < width; i++) {
            n += counts[group * width + i];
        }
        return n;
    }

    /** The group's answers per scale point, from {@link #min()} up. */
    long[] counts(int group) {
        return Arrays.copyOfRange(counts, group * width, (group + 1) * width);
    }

    int min() {
        return min;
    }

    /** The group's answers as codes, in scale order (what the calculators take). */
    int[] codes(int group) {
        int[] codes = new int[Math.toIntExact(answers(group))];
        int at = 0;
        for (int i = 0; i < width; i++) {
            int count = (int) counts[group * width + i];
            Arrays.fill(codes, at, at + count, min + i);
            at += count;
        }
        return codes;
    }
}
