package io.verbatim.app.journey;

import io.verbatim.domain.journey.JourneyMap;

/** A map as the map chooser lists it: its id and name (the whole map stays in the view-model). */
public record MapEntry(String id, String name) {

    static MapEntry of(JourneyMap map) {
        return new MapEntry(map.id(), map.name());
    }

    @Override
    public String toString() {
        return name;
    }
}
