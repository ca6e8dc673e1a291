package io.verbatim.text.privacy;

import io.verbatim.domain.port.SettingsRepository;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place export and sync ask whether, and how, to mask personal data: it reads the workspace settings
 * {@code privacy.mask_pii} ({@code on} by default) and {@code privacy.mask_kinds} (all four kinds by default) and gives
 * the {@link PiiMasker} to apply, or none when masking is switched off. Code that writes data out of the workspace
 * calls {@link #of(SettingsRepository)} once and {@link #apply(String)} on every text cell it writes.
 *
 * <p>Immutable and thread-safe.
 */
public final class PiiPolicy {

    /** The setting that switches masking on export and before sync: {@code on} (default) or {@code off}. */
    public static final String MASK_PII = "privacy.mask_pii";

    /** The setting listing the kinds to mask, e.g. {@code email,phone,card,name} (default: all). */
    public static final String MASK_KINDS = "privacy.mask_kinds";

    /** The defaults of the settings this policy reads, by key. */
    public static final Map<String, String> DEFAULTS = Map.of(MASK_PII, "on", MASK_KINDS, "email,phone,card,name");

    private final boolean enabled;
    private final EnumSet<PiiKind> kinds;
    private final PiiMasker masker;

    /**
     * @param enabled whether personal data is masked on export and before sync
     * @param kinds which kinds are masked when enabled
     */
    public PiiPolicy(boolean enabled, Set<PiiKind> kinds) {
        this.enabled = enabled;
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(PiiKind.class) : EnumSet.copyOf(kinds);
        this.masker = PiiMasker.builder().kinds(this.kinds).build();
    }

    /** Whether personal data is masked on export and before sync. */
    public boolean enabled() {
        return enabled;
    }

    /** The kinds masked when enabled. */
    public Set<PiiKind> kinds() {
        return EnumSet.copyOf(kinds);
    }

    /** Masking on, every kind: what a new workspace does. */
    public static PiiPolicy defaults() {
        return new PiiPolicy(true, EnumSet.allOf(PiiKind.class));
    }

    /**
     * The policy a workspace's settings give.
     *
     * @throws IllegalArgumentException when a stored value is not one the setting takes, naming it
     */
    public static PiiPolicy of(SettingsRepository settings) {
        boolean enabled = settings.get(MASK_PII).map(PiiPolicy::parseSwitch).orElse(true);
        Set<PiiKind> kinds = settings.get(MASK_KINDS).map(PiiPolicy::parseKinds).orElse(EnumSet.allOf(PiiKind.class));
        return new PiiPolicy(enabled, kinds);
    }

    /** The masker to apply, or empty when masking is switched off. */
    public Optional<PiiMasker> masker() {
        return enabled ? Optional.of(masker) : Optional.empty();
    }

    /** A text as it may leave the workspace: masked when the policy says so, unchanged otherwise. */
    public String apply(String text) {
        return enabled && text != null ? masker.mask(text).text() : text;
    }

    /**
     * Checks a value for one of this policy's settings and gives it in its normal form ({@code on}/{@code off}, kinds
     * in their order).
     *
     * @throws IllegalArgumentException for an unknown key or a value the setting does not take
     */
    public static String normalise(String key, String value) {
        if (MASK_PII.equals(key)) {
            return parseSwitch(value) ? "on" : "off";
        }
        if (MASK_KINDS.equals(key)) {
            return String.join(
                    ",", parseKinds(value).stream().map(PiiKind::wireName).toList());
        }
        throw new IllegalArgumentException("unknown setting '" + key + "'; known: " + MASK_PII + ", " + MASK_KINDS);
    }

    private static boolean parseSwitch(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(MASK_PII + " is on or off, not '" + value + "'");
        };
    }

    /** Kinds from a comma-separated list of wire names; {@code none} or an empty list is no kind. */
    public static Set<PiiKind> parseKinds(String value) {
        Set<PiiKind> kinds = EnumSet.noneOf(PiiKind.class);
        if (value.isBlank() || value.strip().equalsIgnoreCase("none")) {
            return kinds;
        }
        for (String name : value.split(",")) {
            kinds.add(PiiKind.fromWire(name));
        }
        return kinds;
    }
}
