package io.verbatim.domain.port;

import io.verbatim.domain.preset.Preset;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's saved import presets. Implemented by the store; the command line and the import wizard use it to
 * offer a preset again for a file whose header has the fingerprint it was saved with.
 */
public interface PresetRepository {

    /** Every preset, ordered by name. */
    List<Preset> presets();

    Optional<Preset> preset(String name);

    /** The most recently saved preset with this header fingerprint, if any. */
    Optional<Preset> matching(String fingerprint);

    /**
     * Saves a preset, replacing one of the same name.
     *
     * @throws StoreException when the store fails
     */
    void save(Preset preset);

    /** Deletes a preset; false when there was none of that name. */
    boolean delete(String name);
}
