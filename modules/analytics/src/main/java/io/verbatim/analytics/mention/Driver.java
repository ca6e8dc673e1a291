package io.verbatim.analytics.mention;

/**
 * A source or word that drove a spike: its share of the spike period's mentions against its share of the baseline's.
 *
 * @param value the source, platform, author or word
 * @param spikeMentions mentions in the spike period with it
 * @param baselineMentions mentions in the baseline periods with it
 * @param spikeShare spikeMentions ÷ mentions in the spike period, in percent
 * @param baselineShare baselineMentions ÷ mentions in the baseline periods, in percent (0 for an empty baseline)
 * @param lift spikeShare − baselineShare, in percentage points: how much its share grew, the ranking score
 * @param excess spikeMentions − baselineShare × mentions in the spike period: mentions beyond what the baseline mix
 *     predicts
 */
public record Driver(
        String value,
        long spikeMentions,
        long baselineMentions,
        double spikeShare,
        double baselineShare,
        double lift,
        double excess) {}
