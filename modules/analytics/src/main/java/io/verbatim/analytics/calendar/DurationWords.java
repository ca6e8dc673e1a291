package io.verbatim.analytics.calendar;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a short duration written as {@code 1h}, {@code 30m}, {@code 1h30m}, {@code 2d} into minutes. */
public final class DurationWords {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([dhm])");

    private DurationWords() {}

    /**
     * @param fail turns a problem into the exception to throw
     */
    public static int minutes(String text, Function<String, ? extends RuntimeException> fail) {
        String compact = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        Matcher part = PART.matcher(compact);
        double minutes = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            double value = Double.parseDouble(part.group(1));
            minutes += switch (part.group(2)) {
                case "d" -> value * 24 * 60;
                case "h" -> value * 60;
                default -> value;
            };
            end = part.end();
        }
        if (compact.isEmpty() || end != compact.length() || minutes <= 0) {
            throw fail.apply("'" + text + "' is not a duration; write e.g. 1h, 30m, 1h30m or 7d");
        }
        return (int) Math.round(minutes);
    }
}
