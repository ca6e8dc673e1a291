package io.verbatim.domain.journey;

import java.util.Objects;

/** A row of the map: what it holds and the title shown at its left. */
public record Lane(String id, LaneKind kind, String title) {
    public Lane {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
    }

    public Lane withTitle(String newTitle) {
        return new Lane(id, kind, newTitle);
    }
}
