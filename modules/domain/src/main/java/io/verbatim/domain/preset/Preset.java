package io.verbatim.domain.preset;

import io.verbatim.domain.dataset.DatasetKind;
import java.time.Instant;
import java.util.Objects;

/**
 * A column mapping saved under a name, offered again for the next file of the same shape. The mapping itself is kept
 * as the text of a mapping file (ingest reads and writes it): the workspace stores what the analyst could have
 * written by hand, and the domain does not need to know its format.
 *
 * @param name the name the analyst gave it, unique in a workspace
 * @param kind the kind of dataset it imports
 * @param fingerprint the header fingerprint of the file it was saved from; a new file with the same one gets it
 * @param mapping the mapping, as mapping-file JSON
 * @param savedAt when it was last saved
 */
public record Preset(String name, DatasetKind kind, String fingerprint, String mapping, Instant savedAt) {

    public Preset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(savedAt, "savedAt");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a preset needs a name");
        }
    }
}
