package io.verbatim.analytics.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a business calendar from plain text, one statement a line; {@code #} starts a comment. An analyst can copy a
 * shipped calendar and edit it in any text editor:
 *
 * <pre>
 * name   Russian production calendar        # shown with every figure
 * zone   Europe/Moscow                      # IANA zone the hours are read in (required)
 * hours  mon-fri 09:00-18:00                # weekdays: comma lists and ranges; spans: 09:00-13:00,14:00-18:00
 * hours  sat off                            # days without an hours line are off anyway
 * years  2024-2026                          # the years whose holidays are listed below
 * off    2025-01-01..2025-01-08             # holidays and transferred days off (a date or a range)
 * work   2025-11-01                         # a transferred working day: Monday's hours, or give spans after it
 * short  2025-03-07                         # a pre-holiday day, one hour shorter; or "short 2025-03-07 30m"
 * </pre>
 *
 * <p>A date may be named once by {@code off} or {@code work}; {@code short} shortens whatever working day the date
 * then is and is refused on a day off. Every dated line must lie inside {@code years} (when there is no {@code years}
 * line, the years of the dated lines are taken). A mistake is refused with the calendar's name and line number.
 */
public final class CalendarText {

    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final String source;
    private String name;
    private ZoneId zone;
    private final Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, DayHours> exceptions = new TreeMap<>();
    private final Map<LocalDate, Integer> shortDays = new TreeMap<>();
    private final Map<LocalDate, Integer> datedLines = new TreeMap<>();
    private int firstYear;
    private int lastYear;
    private int line;

    private CalendarText(String source) {
        this.source = source;
        this.name = source;
    }

    /** Parses calendar text; {@code source} names it in error messages and is its name unless a name line says. */
    public static BusinessCalendar parse(String source, String text) {
        return parse(source, new StringReader(text));
    }

    /** Parses calendar text from a reader (the caller opens and closes it). */
    public static BusinessCalendar parse(String source, Reader text) {
        CalendarText parser = new CalendarText(source);
        try {
            BufferedReader lines = new BufferedReader(text);
            for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
                parser.line++;
                parser.statement(raw);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar " + source, e);
        }
        return parser.build();
    }

    private void statement(String raw) {
        int hash = raw.indexOf('#');
        String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (text.isEmpty()) {
            return;
        }
        String[] words = text.split("\\s+", 2);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (words[0].toLowerCase(Locale.ROOT)) {
            case "name" -> name = rest;
            case "zone" -> zone = zone(rest);
            case "hours" -> hours(rest);
            case "years" -> years(rest);
            case "off" -> dated(rest, false);
            case "work" -> dated(rest, true);
            case "short" -> shortDay(rest);
            default ->
                throw fail("unknown statement '" + words[0] + "'; use name, zone, hours, years, off, work or short");
        }
    }

    private ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw fail("unknown time zone '" + text + "'; use an IANA name such as Europe/Moscow or UTC");
        }
    }

    private void hours(String text) {
        String[] parts = text.split("\\s+", 2);
        if (parts.length < 2) {
            throw fail("'hours' needs days and spans, e.g. hours mon-fri 09:00-18:00");
        }
        DayHours hours = spans(parts[1]);
        for (DayOfWeek day : days(parts[0])) {
            week.put(day, hours);
        }
    }

    private List<DayOfWeek> days(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : text.toLowerCase(Locale.ROOT).split(",")) {
            String[] ends = part.split("-");
            int from = dayIndex(ends[0]);
            int to = ends.length > 1 ? dayIndex(ends[1]) : from;
            if (ends.length > 2 || to < from) {
                throw fail("'" + part + "' is not a run of weekdays; write e.g. mon-fri or sat,sun");
            }
            for (int d = from; d <= to; d++) {
                days.add(DayOfWeek.of(d + 1));
            }
        }
        return days;
    }

    private int dayIndex(String day) {
        int index = DAY_NAMES.indexOf(day.strip());
        if (index < 0) {
            throw fail("'" + day + "' is not a weekday; use mon, tue, wed, thu, fri, sat, sun");
        }
        return index;
    }

    private DayHours spans(String text) {
        String compact = text.replaceAll("\\s+", "");
        if (compact.equalsIgnoreCase("off")) {
            return DayHours.OFF;
        }
        List<WorkingSpan> spans = new ArrayList<>();
        for (String span : compact.split(",")) {
            String[] ends = span.split("-");
            if (ends.length != 2) {
                throw fail("'" + span + "' is not a span; write it as 09:00-18:00");
            }
            try {
                spans.add(new WorkingSpan(minute(ends[0]), minute(ends[1])));
            } catch (IllegalArgumentException e) {
                throw fail("'" + span + "': " + e.getMessage());
            }
        }
        try {
            return new DayHours(spans);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private int minute(String clock) {
        String[] hm = clock.split(":");
        try {
            int hour = Integer.parseInt(hm[0]);
            int minute = hm.length == 2 ? Integer.parseInt(hm[1]) : -1;
            if (hm.length != 2 || minute < 0 || minute > 59 || hour < 0 || hour > 24 || (hour == 24 && minute > 0)) {
                throw new NumberFormatException(clock);
            }
            return hour * 60 + minute;
        } catch (NumberFormatException e) {
            throw fail("'" + clock + "' is not a time of day; write HH:MM, 00:00 to 24:00");
        }
    }

    private void years(String text) {
        String[] ends = text.split("-");
        try {
            firstYear = Integer.parseInt(ends[0].strip());
            lastYear = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : firstYear;
        } catch (NumberFormatException e) {
            throw fail("'years' takes a year or a range, e.g. years 2024-2026");
        }
        if (ends.length > 2 || lastYear < firstYear || firstYear < 1) {
            throw fail("'years' takes a year or a range, e.g. years 2024-2026");
        }
    }

    private void dated(String text, boolean working) {
        String[] parts = text.split("\\s+", 2);
        DayHours hours = DayHours.OFF;
        if (working) {
            hours = parts.length > 1 ? spans(parts[1]) : null;
        } else if (parts.length > 1) {
            throw fail("'off' takes a date or a range only, e.g. off 2025-01-01..2025-01-08");
        }
        for (LocalDate date : dates(parts[0])) {
            if (exceptions.containsKey(date)) {
                throw fail(date + " is already named on line " + datedLines.get(date));
            }
            exceptions.put(date, hours);
            datedLines.put(date, line);
        }
    }

    private void shortDay(String text) {
        String[] parts = text.split("\\s+", 2);
        int minutes = parts.length > 1 ? DurationWords.minutes(parts[1], this::fail) : 60;
        for (LocalDate date : dates(parts[0])) {
            shortDays.put(date, minutes);
            datedLines.putIfAbsent(date, line);
        }
    }

    private List<LocalDate> dates(String text) {
        String[] ends = text.split("\\.\\.");
        try {
            LocalDate from = LocalDate.parse(ends[0]);
            LocalDate to = ends.length > 1 ? LocalDate.parse(ends[1]) : from;
            if (ends.length > 2 || to.isBefore(from)) {
                throw fail("'" + text + "' is not a date range; write 2025-01-01..2025-01-08");
            }
            return from.datesUntil(to.plusDays(1)).toList();
        } catch (DateTimeParseException e) {
            throw fail("'" + text + "' is not a date; write it as YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD");
        }
    }

    private BusinessCalendar build() {
        line = 0;
        if (zone == null) {
            throw fail("the calendar has no 'zone' line; add one, e.g. zone Europe/Moscow");
        }
        DayHours firstWorkingDay =
                week.values().stream().filter(h -> !h.isOff()).findFirst().orElse(DayHours.OFF);
        Map<LocalDate, DayHours> resolved = new TreeMap<>();
        exceptions.forEach((date, hours) -> resolved.put(date, hours == null ? firstWorkingDay : hours));
        shortDays.forEach((date, minutes) -> {
            DayHours day = resolved.getOrDefault(date, week.getOrDefault(date.getDayOfWeek(), DayHours.OFF));
            if (day.isOff()) {
                throw failAt(datedLines.get(date), "short day " + date + " is not a working day");
            }
            resolved.put(date, day.shortenedBy(minutes));
        });
        checkYears();
        return new BusinessCalendar(name, zone, week, resolved, firstYear, lastYear);
    }

    private void checkYears() {
        if (datedLines.isEmpty()) {
            return;
        }
        TreeMap<LocalDate, Integer> dated = new TreeMap<>(datedLines);
        if (firstYear == 0) {
            firstYear = dated.firstKey().getYear();
            lastYear = dated.lastKey().getYear();
            return;
        }
        dated.forEach((date, at) -> {
            if (date.getYear() < firstYear || date.getYear() > lastYear) {
                throw failAt(
                        at, date + " lies outside 'years " + firstYear + "-" + lastYear + "'; widen the years line");
            }
        });
    }

    private CalendarException fail(String problem) {
        return failAt(line, problem);
    }

    private CalendarException failAt(int at, String problem) {
        return new CalendarException("calendar " + source + (at > 0 ? ", line " + at : "") + ": " + problem);
    }
}
