package io.verbatim.analytics.mention;

import io.verbatim.analytics.score.Period;
import java.util.List;

/**
 * Mention volume per period, overall or per group, with reach and engagement sums.
 *
 * @param dataset the dataset's name
 * @param period day, week or month
 * @param by the breakdown column's key, or null for all mentions
 * @param series one per group, largest first
 * @param undated mentions without a readable date, in no period
 * @param definition what the figures are, which clock, what blanks mean
 */
public record VolumeTable(
        String dataset, Period period, String by, List<VolumeSeries> series, long undated, String definition) {

    public VolumeTable {
        series = List.copyOf(series);
    }
}
