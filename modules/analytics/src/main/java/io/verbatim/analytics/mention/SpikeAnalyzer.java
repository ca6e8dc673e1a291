package io.verbatim.analytics.mention;

import io.verbatim.domain.dataset.MentionField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the spikes of each group's mention volume ({@link SpikeDetector}) and explains each one by its sources and
 * words ({@link SpikeExplainer}). The source columns are {@code source}, {@code platform} and {@code author}, those the
 * export has.
 */
public final class SpikeAnalyzer {

    private static final List<MentionField> SOURCE_FIELDS =
            List.of(MentionField.SOURCE, MentionField.PLATFORM, MentionField.AUTHOR);

    private final SpikeRule rule;
    private final int top;

    /** @param top drivers to keep per source column and for words */
    public SpikeAnalyzer(SpikeRule rule, int top) {
        if (top < 1) {
            throw new MentionException("the number of drivers to show must be at least 1, not " + top);
        }
        this.rule = rule;
        this.top = top;
    }

    public SpikeTable spikes(MentionColumns mentions, PeriodAxis axis, String by, Groups groups, String clock) {
        Map<String, String[]> sources = new LinkedHashMap<>();
        for (MentionField field : SOURCE_FIELDS) {
            mentions.optional(field).ifPresent(cells -> sources.put(field.key(), cells));
        }
        String[] text = mentions.optional(MentionField.TEXT).orElse(null);
        int[] rowPeriods = axis.rowPeriods();
        int[] rowGroups = groups.rowGroups();
        SpikeDetector detector = new SpikeDetector(rule);
        SpikeExplainer explainer = new SpikeExplainer(rule.window(), top);
        List<SpikeSeries> series = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            long[] counts = new long[axis.size()];
            boolean[] inGroup = new boolean[rowPeriods.length];
            for (int row = 0; row < rowPeriods.length; row++) {
                inGroup[row] = rowGroups[row] == g;
                if (inGroup[row] && rowPeriods[row] >= 0) {
                    counts[rowPeriods[row]]++;
                }
            }
            List<PeriodCheck> checks = detector.check(counts, axis.labels());
            List<SpikeExplanation> spikes = checks.stream()
                    .filter(PeriodCheck::spike)
                    .map(check -> explainer.explain(check, rowPeriods, inGroup, sources, text))
                    .toList();
            series.add(new SpikeSeries(groups.names().get(g), checks, spikes));
        }
        String definition = rule.describe(axis.period().wireName()) + "; " + clock
                + "; drivers = source values and words whose share of the spike's mentions grew most over the"
                + " baseline's (lift in points; excess = mentions beyond the baseline mix; at least "
                + SpikeExplainer.MINIMUM_MENTIONS + " mentions and an excess of at least 1)";
        return new SpikeTable(mentions.dataset(), axis.period(), by, rule, series, axis.undated(), definition);
    }
}
