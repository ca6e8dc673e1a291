package io.verbatim.domain.journey;

import java.util.Objects;

/** A sticky note in the cell where a stage meets a lane. */
public record Note(String id, String stageId, String laneId, String text, NoteColour colour) {
    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(laneId, "laneId");
        text = text == null ? "" : text;
        colour = colour == null ? NoteColour.YELLOW : colour;
    }

    public Note withText(String newText) {
        return new Note(id, stageId, laneId, newText, colour);
    }

    public Note withColour(NoteColour newColour) {
        return new Note(id, stageId, laneId, text, newColour);
    }

    /** The same note moved to another cell. */
    public Note movedTo(String newStageId, String newLaneId) {
        return new Note(id, newStageId, newLaneId, text, colour);
    }
}
