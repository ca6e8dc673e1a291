package io.verbatim.analytics.mention;

import io.verbatim.analytics.score.Period;
import io.verbatim.domain.dataset.MentionField;
import java.util.ArrayList;
import java.util.List;

/**
 * Volume: the number of mentions per period, overall or per group, with the sums of reach and engagement. Every period
 * between the first and last mention is listed, so quiet periods show as zeros. Reach and engagement blanks are counted
 * apart from zeros (a tool that did not know a post's reach did not measure 0).
 */
public final class VolumeCalculator {

    /**
     * @param by the breakdown column's key for the table, or null
     * @param groups the groups of the mentions ({@link Groups#all} without a breakdown)
     */
    public VolumeTable volume(MentionColumns mentions, PeriodAxis axis, String by, Groups groups, String clock) {
        double[] reach =
                mentions.optional(MentionField.REACH).map(MeasureSum::values).orElse(null);
        double[] engagement = mentions.optional(MentionField.ENGAGEMENT)
                .map(MeasureSum::values)
                .orElse(null);
        Accumulator counts = new Accumulator(groups.size(), axis.size());
        Accumulator reachSums = new Accumulator(groups.size(), axis.size());
        Accumulator engagementSums = new Accumulator(groups.size(), axis.size());
        int[] periods = axis.rowPeriods();
        int[] rowGroups = groups.rowGroups();
        for (int row = 0; row < periods.length; row++) {
            int period = periods[row];
            int group = rowGroups[row];
            if (period < 0 || group < 0) {
                continue;
            }
            counts.add(group, period, 1);
            if (reach != null) {
                reachSums.add(group, period, reach[row]);
            }
            if (engagement != null) {
                engagementSums.add(group, period, engagement[row]);
            }
        }
        List<VolumeSeries> series = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<VolumeCell> cells = new ArrayList<>();
            for (int p = 0; p < axis.size(); p++) {
                cells.add(new VolumeCell(
                        axis.labels().get(p),
                        counts.counted[g][p],
                        reach == null ? null : reachSums.sum(g, p),
                        engagement == null ? null : engagementSums.sum(g, p)));
            }
            VolumeCell total = new VolumeCell(
                    "total",
                    counts.totalCounted(g),
                    reach == null ? null : reachSums.total(g),
                    engagement == null ? null : engagementSums.total(g));
            series.add(new VolumeSeries(groups.names().get(g), cells, total));
        }
        return new VolumeTable(
                mentions.dataset(), axis.period(), by, series, axis.undated(), definition(axis.period(), clock));
    }

    static String definition(Period period, String clock) {
        return "volume = mentions per " + period.wireName() + " by publication date (" + clock
                + "; periods without mentions count 0); reach and engagement = sums of the tool's figures, blank cells"
                + " counted apart, never as 0";
    }

    /** Sums, counts of numbers and counts of blanks per group and period. */
    private static final class Accumulator {
        private final double[][] sums;
        private final long[][] counted;
        private final long[][] blank;

        Accumulator(int groups, int periods) {
            sums = new double[groups][periods];
            counted = new long[groups][periods];
            blank = new long[groups][periods];
        }

        void add(int group, int period, double value) {
            if (Double.isNaN(value)) {
                blank[group][period]++;
            } else {
                sums[group][period] += value;
                counted[group][period]++;
            }
        }

        MeasureSum sum(int group, int period) {
            return new MeasureSum(sums[group][period], counted[group][period], blank[group][period]);
        }

        long totalCounted(int group) {
            long total = 0;
            for (long count : counted[group]) {
                total += count;
            }
            return total;
        }

        MeasureSum total(int group) {
            double total = 0;
            long blanks = 0;
            for (int p = 0; p < sums[group].length; p++) {
                total += sums[group][p];
                blanks += blank[group][p];
            }
            return new MeasureSum(total, totalCounted(group), blanks);
        }
    }
}
