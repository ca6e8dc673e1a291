package io.verbatim.analytics.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The calendars that come with Verbatim, as editable text resources beside this class:
 *
 * <ul>
 *   <li>{@code ru}: the Russian production calendar (five-day week, 09:00–18:00 Europe/Moscow, holidays, transferred
 *       days and shortened pre-holiday days of 2024–2026 as set by the Government decrees named in the file);
 *   <li>{@code 24x7}: every hour of every day (business time equals elapsed time), UTC;
 *   <li>{@code weekdays}: Monday to Friday 09:00–17:00, no holidays, UTC (give it a zone where it is used).
 * </ul>
 *
 * <p>To change one, copy its text (see {@link #text}), edit it and pass the file instead of the name.
 */
public final class ShippedCalendars {

    /** The names, in the order help lists them. */
    public static final List<String> NAMES = List.of("ru", "24x7", "weekdays");

    private ShippedCalendars() {}

    /** The shipped calendar of that name (case-insensitive), or empty when there is none. */
    public static Optional<BusinessCalendar> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(CalendarText.parse(key, text(key)));
    }

    /** The text of a shipped calendar, to copy and edit. */
    public static String text(String name) {
        String resource = name + ".calendar";
        try (InputStream in = ShippedCalendars.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("calendar resource " + resource + " is missing from the build");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                    text.append(buffer, 0, read);
                }
                return text.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar resource " + resource, e);
        }
    }
}
