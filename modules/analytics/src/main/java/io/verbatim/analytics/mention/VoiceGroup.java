package io.verbatim.analytics.mention;

import java.util.List;

/**
 * Share of voice within one group.
 *
 * @param group {@code all} or a breakdown value
 * @param brands each brand's share, largest first
 * @param n brand mentions in the base (a mention naming two brands counts twice)
 * @param unbranded mentions naming no brand (not in the base)
 * @param blankWeight brand mentions left out because their reach or engagement cell was blank
 */
public record VoiceGroup(String group, List<BrandShare> brands, long n, long unbranded, long blankWeight) {

    public VoiceGroup {
        brands = List.copyOf(brands);
    }
}
