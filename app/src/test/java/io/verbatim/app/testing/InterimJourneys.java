package io.verbatim.app.testing;

import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.port.JourneyRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Interim until the H2 journey repository lands. */
final class InterimJourneys implements JourneyRepository {
    private final Map<String, JourneyMap> maps = new ConcurrentHashMap<>();

    @Override
    public List<JourneyMap> all() {
        return maps.values().stream()
                .sorted(Comparator.comparing(JourneyMap::name))
                .toList();
    }

    @Override
    public Optional<JourneyMap> find(String id) {
        return Optional.ofNullable(maps.get(id));
    }

    @Override
    public void save(JourneyMap map) {
        maps.put(map.id(), map);
    }

    @Override
    public boolean delete(String id) {
        return maps.remove(id) != null;
    }
}
