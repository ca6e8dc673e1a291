package io.verbatim.analytics.dashboard;

import io.verbatim.analytics.mention.SentimentTable;
import io.verbatim.analytics.mention.ShareOfVoiceTable;
import io.verbatim.analytics.mention.SpikeTable;
import io.verbatim.analytics.mention.VolumeTable;
import java.util.List;
import java.util.Optional;

/**
 * Everything one redraw of a mention dashboard shows, as {@code verbatim mentions} computes it for the same rows. A
 * widget that cannot be drawn (no brand column for share of voice, no sentiment labels) carries a one-line reason.
 *
 * @param rows mentions the filters keep
 * @param volume mentions per day
 * @param spikes the spike rule's check of every day (same days as the volume)
 * @param volumeProblem why the volume and spikes are missing, or empty
 * @param share share of voice by brand (mention count)
 * @param shareProblem why it is missing, or empty
 * @param sentiment net sentiment by the breakdown column
 * @param sentimentProblem why it is missing, or empty
 * @param topColumn the column the top list counts ({@code author}, else {@code source}), or empty
 * @param top its most frequent values, most first
 */
public record MentionDashboardResult(
        int rows,
        Optional<VolumeTable> volume,
        Optional<SpikeTable> spikes,
        String volumeProblem,
        Optional<ShareOfVoiceTable> share,
        String shareProblem,
        Optional<SentimentTable> sentiment,
        String sentimentProblem,
        String topColumn,
        List<CountedValue> top) {

    public MentionDashboardResult {
        top = List.copyOf(top);
    }
}
