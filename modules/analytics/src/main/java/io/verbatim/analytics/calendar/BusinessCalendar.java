package io.verbatim.analytics.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A business calendar: a time zone, the working hours of each weekday (several spans a day allowed), and dated
 * exceptions: holidays and transferred days off, transferred working days (Russia makes some Saturdays working days),
 * shortened pre-holiday days. It answers how much working time lies between two instants.
 *
 * <p>Working hours are local wall-clock times in the calendar's zone, so "09:00" stays 09:00 across a daylight-saving
 * change. The duration is summed per day, never minute by minute: the partial first and last days span by span, and the
 * whole days between them as whole weeks times the weekly hours, corrected for each dated exception in range (a year is
 * a few dozen steps). When the zone changes its offset inside the range, the whole days are summed one by one instead,
 * so a 23- or 25-hour day counts what the clock really ran.
 *
 * <p>Calendars are written as text ({@link CalendarText}); the shipped ones are in {@link ShippedCalendars}.
 */
public final class BusinessCalendar {

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, DayHours> week;
    private final NavigableMap<LocalDate, DayHours> exceptions;
    private final int firstYear;
    private final int lastYear;

    /**
     * @param name what the calendar is called in every figure's definition
     * @param zone the zone its working hours are read in
     * @param week working hours per weekday; a missing weekday is a day off
     * @param exceptions dated days whose hours differ from their weekday's (days off, working days, short days)
     * @param firstYear first year whose holidays the calendar lists, 0 when it lists none (it has no holidays)
     * @param lastYear last year whose holidays it lists, 0 when it lists none
     */
    public BusinessCalendar(
            String name,
            ZoneId zone,
            Map<DayOfWeek, DayHours> week,
            Map<LocalDate, DayHours> exceptions,
            int firstYear,
            int lastYear) {
        this.name = Objects.requireNonNull(name, "name");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            this.week.put(day, week.getOrDefault(day, DayHours.OFF));
        }
        this.exceptions = new TreeMap<>(exceptions);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The same calendar with its working hours read in another zone (a team in another city, same rules). */
    public BusinessCalendar inZone(ZoneId other) {
        return new BusinessCalendar(name, other, week, exceptions, firstYear, lastYear);
    }

    /** The working hours of a date: its dated exception if it has one, else its weekday's. */
    public DayHours hoursOn(LocalDate date) {
        DayHours dated = exceptions.get(date);
        return dated != null ? dated : week.get(date.getDayOfWeek());
    }

    /** The regular hours of a weekday, before any dated exception. */
    public DayHours weekday(DayOfWeek day) {
        return week.get(day);
    }

    /** True when the calendar lists holidays for the date's year, or lists none at all (a plain weekly schedule). */
    public boolean covers(LocalDate date) {
        return firstYear == 0 || (date.getYear() >= firstYear && date.getYear() <= lastYear);
    }

    /** True when the calendar has a holiday list (then {@link #covers} can be false). */
    public boolean listsHolidays() {
        return firstYear != 0;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** The working time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate first = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        long seconds = overlap(first, from, to);
        if (!last.equals(first)) {
            seconds += overlap(last, from, to) + wholeDays(first.plusDays(1), last.minusDays(1));
        }
        return Duration.ofSeconds(seconds);
    }

    /** Seconds of {@code date}'s working spans that fall inside {@code [from, to)}. */
    private long overlap(LocalDate date, Instant from, Instant to) {
        long seconds = 0;
        for (WorkingSpan span : hoursOn(date).spans()) {
            Instant start = at(date, span.start());
            Instant end = at(date, span.end());
            Instant clippedStart = start.isAfter(from) ? start : from;
            Instant clippedEnd = end.isBefore(to) ? end : to;
            if (clippedEnd.isAfter(clippedStart)) {
                seconds += Duration.between(clippedStart, clippedEnd).toSeconds();
            }
        }
        return seconds;
    }

    /** Working seconds of every day from {@code from} to {@code to}, both included; 0 when the range is empty. */
    private long wholeDays(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return 0;
        }
        if (offsetChangesBetween(from, to.plusDays(1))) {
            long seconds = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                seconds += overlap(day, Instant.MIN, Instant.MAX);
            }
            return seconds;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long minutes = (days / 7) * weeklyMinutes();
        for (LocalDate day = from.plusDays(days / 7 * 7); !day.isAfter(to); day = day.plusDays(1)) {
            minutes += week.get(day.getDayOfWeek()).minutes();
        }
        for (Map.Entry<LocalDate, DayHours> dated :
                exceptions.subMap(from, true, to, true).entrySet()) {
            minutes += dated.getValue().minutes()
                    - week.get(dated.getKey().getDayOfWeek()).minutes();
        }
        return minutes * 60;
    }

    private long weeklyMinutes() {
        return week.values().stream().mapToLong(DayHours::minutes).sum();
    }

    private boolean offsetChangesBetween(LocalDate from, LocalDate until) {
        Instant start = from.atStartOfDay(zone).toInstant();
        ZoneOffsetTransition next = zone.getRules().nextTransition(start);
        return next != null
                && next.getInstant().isBefore(until.atStartOfDay(zone).toInstant());
    }

    /** The instant of a minute of a local day; a minute inside a spring-forward gap moves on by the gap's length. */
    private Instant at(LocalDate date, int minute) {
        return LocalDateTime.of(date, LocalTime.MIDNIGHT)
                .plusMinutes(minute)
                .atZone(zone)
                .toInstant();
    }

    /** One line for a figure's definition: name, zone, weekly hours and which years' holidays it knows. */
    public String describe() {
        StringBuilder text =
                new StringBuilder(name).append(" (").append(zone.getId()).append("; ");
        text.append(WeekText.of(week));
        if (listsHolidays()) {
            text.append("; holidays and transfers ")
                    .append(firstYear)
                    .append(firstYear == lastYear ? "" : "–" + lastYear);
        } else {
            text.append("; no holidays");
        }
        return text.append(')').toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
