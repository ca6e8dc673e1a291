package io.verbatim.ingest.mapping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit a help desk writes durations in, and how many minutes one of it is. A day is 24 hours and a week 7 days:
 * calendar units. (Jira counts its SLA days and weeks on the SLA's working calendar; see ADR 0020.)
 */
public enum DurationUnit {
    MILLISECONDS(1, 60_000),
    SECONDS(1, 60),
    MINUTES(1, 1),
    HOURS(60, 1),
    DAYS(1440, 1),
    WEEKS(10_080, 1);

    /** Unit words as they end a header ({@code (in hrs)}, {@code (sec)}) or follow a number in a cell. */
    private static final Map<String, DurationUnit> WORDS = words();

    /*
     * Plain longs, made decimal only when a duration is read: building BigDecimals here initialised BigInteger's tables
     * at every start-up, in the interpreter (10 ms of an import of a survey, which has no durations).
     */
    private final long times;
    private final long per;

    /** One of this unit is {@code times / per} minutes. */
    DurationUnit(long times, long per) {
        this.times = times;
        this.per = per;
    }

    /** {@code amount} of this unit in minutes, to 16 significant digits (a third of a minute does not end). */
    BigDecimal toMinutes(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(times)).divide(BigDecimal.valueOf(per), MathContext.DECIMAL64);
    }

    /** The unit a word names ({@code h}, {@code hrs}, {@code мин}, {@code сек}, {@code ms}), if it names one. */
    static Optional<DurationUnit> ofWord(String word) {
        return Optional.ofNullable(WORDS.get(word));
    }

    /**
     * The unit a header states at its end, as in {@code Resolution time (in hrs)}, {@code Handle time (sec)},
     * {@code Wait (min)}, {@code SLA elapsed ms} or {@code Время ответа (ч)}; empty when the header names none.
     */
    public static Optional<DurationUnit> ofHeader(String header) {
        List<String> words = Arrays.asList(HeaderNames.normalise(header).split(" "));
        if (words.size() < 2) {
            return Optional.empty();
        }
        return ofWord(words.getLast());
    }

    private static Map<String, DurationUnit> words() {
        Map<String, DurationUnit> words = new java.util.HashMap<>();
        put(words, MILLISECONDS, "ms", "msec", "millis", "milliseconds", "мс");
        put(words, SECONDS, "s", "sec", "secs", "second", "seconds", "с", "сек", "секунда", "секунды", "секунд");
        put(words, MINUTES, "m", "min", "mins", "minute", "minutes", "мин", "минута", "минуты", "минут");
        put(words, HOURS, "h", "hr", "hrs", "hour", "hours", "ч", "час", "часа", "часов");
        put(words, DAYS, "d", "day", "days", "д", "дн", "день", "дня", "дней");
        put(words, WEEKS, "w", "wk", "week", "weeks", "нед", "неделя", "недели", "недель");
        return Map.copyOf(words);
    }

    private static void put(Map<String, DurationUnit> words, DurationUnit unit, String... names) {
        for (String name : names) {
            words.put(name, unit);
        }
    }
}
