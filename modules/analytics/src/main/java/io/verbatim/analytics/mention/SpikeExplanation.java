package io.verbatim.analytics.mention;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a period spiked: the values of each source column (source, platform, author, whichever the export has) and the
 * words whose share grew most against the baseline, best first.
 *
 * @param check the period's check
 * @param sources drivers per source column key, in column order
 * @param words word drivers
 */
public record SpikeExplanation(PeriodCheck check, Map<String, List<Driver>> sources, List<Driver> words) {

    public SpikeExplanation {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        words = List.copyOf(words);
    }
}
