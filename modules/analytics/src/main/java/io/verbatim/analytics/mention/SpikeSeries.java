package io.verbatim.analytics.mention;

import java.util.List;

/**
 * The spike check of one group's series.
 *
 * @param group {@code all} or a breakdown value
 * @param checks every period, in time order
 * @param spikes the periods that alarmed, each with its explanation
 */
public record SpikeSeries(String group, List<PeriodCheck> checks, List<SpikeExplanation> spikes) {

    public SpikeSeries {
        checks = List.copyOf(checks);
        spikes = List.copyOf(spikes);
    }
}
