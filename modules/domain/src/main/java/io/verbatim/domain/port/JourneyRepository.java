package io.verbatim.domain.port;

import io.verbatim.domain.journey.JourneyMap;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's journey maps. A save replaces the whole map in one transaction, so a map on disk is always one
 * the user saw; the editor saves after every edit (autosave), which is what bounds the loss on a crash.
 */
public interface JourneyRepository {

    /** Every map, by name. */
    List<JourneyMap> all();

    Optional<JourneyMap> find(String id);

    /** Writes the map, replacing the stored one with its id; durable when this returns. */
    void save(JourneyMap map);

    /** Deletes a map; true when there was one. */
    boolean delete(String id);
}
