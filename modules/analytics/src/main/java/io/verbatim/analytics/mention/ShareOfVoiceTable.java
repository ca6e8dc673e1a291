package io.verbatim.analytics.mention;

import java.util.List;

/**
 * Share of voice per group.
 *
 * @param dataset the dataset's name
 * @param measure count, reach or engagement
 * @param brandSource where the brands came from: the {@code brand} column or the keyword lists
 * @param by the breakdown column's key, or null
 * @param groups one per group
 * @param definition the formula, the base and the interval method
 */
public record ShareOfVoiceTable(
        String dataset,
        VoiceMeasure measure,
        String brandSource,
        String by,
        List<VoiceGroup> groups,
        String definition) {

    public ShareOfVoiceTable {
        groups = List.copyOf(groups);
    }
}
