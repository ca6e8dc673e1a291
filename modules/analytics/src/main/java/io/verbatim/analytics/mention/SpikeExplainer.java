package io.verbatim.analytics.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Explains a spike by what changed in it. For a value v of a source column (or a word), with N mentions in the spike
 * period and B in its baseline (the same W periods the alarm compared against):
 *
 * <pre>
 * share_spike(v) = mentions with v in the spike / N        share_base(v) = mentions with v in the baseline / B
 * lift(v)        = share_spike(v) − share_base(v)          (percentage points; the ranking score)
 * excess(v)      = mentions with v in the spike − share_base(v)·N
 * </pre>
 *
 * Values are ranked by lift, then by spike mentions, then alphabetically; only values with at least
 * {@value #MINIMUM_MENTIONS} mentions in the spike and an excess of at least one mention are listed (one mention, or a
 * share that grew by less than one mention's worth, explains nothing). A word's share is the share
 * of mentions containing it (see {@link MentionWords}), so word shares do not add up to 100%.
 */
public final class SpikeExplainer {

    /** A driver needs at least this many mentions in the spike period. */
    public static final int MINIMUM_MENTIONS = 2;

    /** A driver must account for at least one mention more than the baseline mix predicts. */
    public static final double MINIMUM_EXCESS = 1;

    private final int window;
    private final int top;

    /**
     * @param window W, the baseline's length in periods
     * @param top how many drivers to keep per column and for words
     */
    public SpikeExplainer(int window, int top) {
        this.window = window;
        this.top = top;
    }

    /**
     * @param check a spike found by {@link SpikeDetector} with the same window
     * @param rowPeriods each mention's period index, −1 when undated
     * @param inGroup which mentions belong to the series that spiked (all of them without a breakdown)
     * @param sources source column key → cells, in the order to report them
     * @param text the mention texts, or null when the export has none
     */
    public SpikeExplanation explain(
            PeriodCheck check, int[] rowPeriods, boolean[] inGroup, Map<String, String[]> sources, String[] text) {
        int spike = check.index();
        List<Integer> spikeRows = new ArrayList<>();
        List<Integer> baselineRows = new ArrayList<>();
        for (int row = 0; row < rowPeriods.length; row++) {
            int period = rowPeriods[row];
            if (!inGroup[row] || period < 0) {
                continue;
            }
            if (period == spike) {
                spikeRows.add(row);
            } else if (period >= spike - window && period < spike) {
                baselineRows.add(row);
            }
        }
        Map<String, List<Driver>> drivers = new LinkedHashMap<>();
        sources.forEach((key, cells) -> drivers.put(
                key,
                rank(
                        count(spikeRows, row -> single(cells[row])),
                        count(baselineRows, row -> single(cells[row])),
                        spikeRows.size(),
                        baselineRows.size())));
        List<Driver> words = text == null
                ? List.of()
                : rank(
                        count(spikeRows, row -> MentionWords.of(text[row])),
                        count(baselineRows, row -> MentionWords.of(text[row])),
                        spikeRows.size(),
                        baselineRows.size());
        return new SpikeExplanation(check, drivers, words);
    }

    private static Set<String> single(String cell) {
        String value = cell.strip();
        return value.isEmpty() ? Set.of() : Set.of(value);
    }

    private static Map<String, Long> count(List<Integer> rows, IntFunction<Set<String>> values) {
        Map<String, Long> counts = new HashMap<>();
        for (int row : rows) {
            for (String value : values.apply(row)) {
                counts.merge(value, 1L, Long::sum);
            }
        }
        return counts;
    }

    private List<Driver> rank(Map<String, Long> spike, Map<String, Long> baseline, long spikeTotal, long baseTotal) {
        List<Driver> drivers = new ArrayList<>();
        spike.forEach((value, count) -> {
            if (count < MINIMUM_MENTIONS) {
                return;
            }
            long before = baseline.getOrDefault(value, 0L);
            double spikeShare = (double) count / spikeTotal;
            double baseShare = baseTotal == 0 ? 0 : (double) before / baseTotal;
            double lift = spikeShare - baseShare;
            double excess = count - baseShare * spikeTotal;
            if (excess >= MINIMUM_EXCESS) {
                drivers.add(new Driver(
                        value,
                        count,
                        before,
                        spikeShare * 100,
                        baseShare * 100,
                        lift * 100,
                        count - baseShare * spikeTotal));
            }
        });
        drivers.sort(Comparator.comparingDouble(Driver::lift)
                .reversed()
                .thenComparing(Comparator.comparingLong(Driver::spikeMentions).reversed())
                .thenComparing(Driver::value));
        return drivers.size() > top ? List.copyOf(drivers.subList(0, top)) : List.copyOf(drivers);
    }
}
