package io.verbatim.domain.journey;

import java.util.Objects;

/** Whose journey the map tells: a name ("Новый клиент") and a line about them. */
public record Persona(String id, String name, String description) {
    public Persona {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
    }

    public Persona withName(String newName) {
        return new Persona(id, newName, description);
    }

    public Persona withDescription(String newDescription) {
        return new Persona(id, name, newDescription);
    }
}
