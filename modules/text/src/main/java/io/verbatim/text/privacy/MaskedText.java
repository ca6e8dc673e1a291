package io.verbatim.text.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A text after {@link PiiMasker}: the masked text and how many pieces of each kind were replaced in it.
 *
 * @param text the text with personal data replaced by tokens
 * @param counts replacements per kind; kinds with none are absent
 */
public record MaskedText(String text, Map<PiiKind, Integer> counts) {

    public MaskedText {
        counts = Collections.unmodifiableMap(counts.isEmpty() ? new EnumMap<>(PiiKind.class) : new EnumMap<>(counts));
    }

    /** How many pieces of a kind were replaced. */
    public int count(PiiKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** The number of replacements of all kinds. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
