package io.verbatim.domain.journey;

/** The colour of a sticky note, as workshop facilitators use them (yellow ideas, red pains, green wins...). */
public enum NoteColour {
    YELLOW,
    PINK,
    GREEN,
    BLUE,
    ORANGE,
    PURPLE
}
