package io.verbatim.charts.journey;

import io.verbatim.domain.journey.NoteColour;
import java.awt.Color;

/** Sticky-note paper and edge colours: pale enough that dark text reads on every one of them, in print too. */
final class NotePalette {

    private NotePalette() {}

    static Color paper(NoteColour colour) {
        return switch (colour) {
            case YELLOW -> new Color(0xFFF1A8);
            case PINK -> new Color(0xFFD3E4);
            case GREEN -> new Color(0xCDEFCF);
            case BLUE -> new Color(0xD3E6FF);
            case ORANGE -> new Color(0xFFDDB5);
            case PURPLE -> new Color(0xE6DAFF);
        };
    }

    static Color edge(NoteColour colour) {
        Color paper = paper(colour);
        return new Color(
                (int) (paper.getRed() * 0.82), (int) (paper.getGreen() * 0.82), (int) (paper.getBlue() * 0.82));
    }
}
