package io.verbatim.charts;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, for the Java2D drawings (KPI tiles, journey maps), which, unlike JFreeChart
 * titles, place every line themselves. A word longer than the width is cut; a text longer than the lines allowed ends
 * in an ellipsis, so nothing spills out of its box.
 */
public final class TextLines {

    private static final String ELLIPSIS = "…";

    private TextLines() {}

    /**
     * The lines of a text.
     *
     * @param maxLines at most this many lines; the last ends in "…" when text was left out
     */
    public static List<String> wrap(String text, FontMetrics metrics, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        int index = 0;
        while (index < words.length && lines.size() < maxLines) {
            String word = words[index];
            if (word.isEmpty()) {
                index++;
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                index++;
            } else if (line.isEmpty()) {
                lines.add(cut(word, metrics, width));
                index++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty() && lines.size() < maxLines) {
            lines.add(line.toString());
            line.setLength(0);
        }
        boolean leftOut = index < words.length || !line.isEmpty();
        if (leftOut && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, withEllipsis(lines.get(last), metrics, width));
        }
        return lines;
    }

    /** One line: the text, cut with an ellipsis when it is wider than the width. */
    public static String fit(String text, FontMetrics metrics, double width) {
        return metrics.stringWidth(text) <= width ? text : cut(text, metrics, width);
    }

    private static String cut(String text, FontMetrics metrics, double width) {
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + ELLIPSIS) > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static String withEllipsis(String line, FontMetrics metrics, double width) {
        return line.endsWith(ELLIPSIS) ? line : cut(line + " ", metrics, width);
    }
}
