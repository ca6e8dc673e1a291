package io.verbatim.cli;

import io.verbatim.analytics.calendar.BusinessCalendar;
import io.verbatim.analytics.calendar.CalendarText;
import io.verbatim.analytics.calendar.ShippedCalendars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * {@code --calendar ru|24x7|weekdays|FILE} and {@code --zone}: a shipped calendar by name or an edited calendar file
 * (the text format of {@link CalendarText}), optionally moved to another zone.
 */
final class CalendarChoice {

    /** The calendar when none is named: a plain office week, stated with every figure. */
    static final String DEFAULT = "weekdays";

    private CalendarChoice() {}

    static BusinessCalendar load(String spec, String zone) {
        String name = spec == null ? DEFAULT : spec.strip();
        BusinessCalendar calendar = ShippedCalendars.named(name).orElseGet(() -> fromFile(name));
        if (zone == null) {
            return calendar;
        }
        try {
            return calendar.inZone(ZoneId.of(zone.strip()));
        } catch (DateTimeException e) {
            throw new UserInputException(
                    "--zone: unknown time zone '" + zone + "'; use an IANA name such as" + " Europe/Moscow or UTC");
        }
    }

    private static BusinessCalendar fromFile(String name) {
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("--calendar: '" + name + "' is neither "
                    + String.join(", ", ShippedCalendars.NAMES) + " nor a calendar file");
        }
        try {
            return CalendarText.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserInputException("--calendar: cannot read " + file + " (" + e.getMessage() + ")");
        }
    }
}
