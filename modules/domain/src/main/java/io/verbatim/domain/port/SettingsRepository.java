package io.verbatim.domain.port;

import java.util.Map;
import java.util.Optional;

/**
 * A workspace's settings: short text values under dotted keys ({@code privacy.mask_pii}). The store keeps them; the
 * code that owns a setting knows its default and what values it takes, so a key nobody set simply has no value here.
 */
public interface SettingsRepository {

    /** The value set for a key, if one was. */
    Optional<String> get(String key);

    /** Every key that was set, with its value, sorted by key. */
    Map<String, String> all();

    /** Sets a key, replacing its earlier value. */
    void set(String key, String value);

    /** Forgets a key, so its default applies again; true when it was set. */
    boolean reset(String key);
}
