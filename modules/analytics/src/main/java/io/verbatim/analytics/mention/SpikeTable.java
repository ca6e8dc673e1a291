package io.verbatim.analytics.mention;

import io.verbatim.analytics.score.Period;
import java.util.List;

/**
 * Spike detection over a dataset's mention volume, overall or per group.
 *
 * @param dataset the dataset's name
 * @param period day, week or month
 * @param by the breakdown column's key, or null
 * @param rule the alarm rule used
 * @param series one per group
 * @param undated mentions without a readable date, in no period
 * @param definition the rule, the clock and the explanation score in words
 */
public record SpikeTable(
        String dataset,
        Period period,
        String by,
        SpikeRule rule,
        List<SpikeSeries> series,
        long undated,
        String definition) {

    public SpikeTable {
        series = List.copyOf(series);
    }
}
