package io.verbatim.ingest.survey.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time shapes survey exports use, each turned into ISO-8601. Slash dates are ambiguous (05/03 is 5 March
 * in Europe and May 3 in the US), so both readings are candidates and the column's data decides: one cell with a first
 * number above 12 rules the US reading out. The order here is the preference when the data cannot decide.
 */
public enum DatePattern {
    /** {@code 2020-02-19}, {@code 2020-02-19 18:16:42}, {@code 2020-02-19T18:16:42Z}. */
    ISO("(\\d{4})-(\\d{1,2})-(\\d{1,2})", Order.YMD),
    /** Google Forms in English: {@code 2024/03/05 10:15:00 AM GMT+3}. */
    YEAR_FIRST_SLASH("(\\d{4})/(\\d{1,2})/(\\d{1,2})", Order.YMD),
    /** Russian and German: {@code 05.03.2024 10:15:00}. */
    DAY_FIRST_DOT("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})", Order.DMY),
    /** US and SurveyMonkey re-saved by Excel: {@code 8/22/22 15:44}. */
    MONTH_FIRST_SLASH("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})", Order.MDY),
    /** UK and most of Europe: {@code 22/08/2022}. */
    DAY_FIRST_SLASH("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})", Order.DMY);

    private enum Order {
        YMD,
        DMY,
        MDY
    }

    private static final String TIME =
            "(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:\\s*([AaPp]\\.?[Mm]\\.?))?)?";
    private static final String ZONE = "(?:\\s*(Z|(?:GMT|UTC)?\\s*[+-]\\d{1,2}(?::?\\d{2})?|GMT|UTC))?";

    private final Pattern pattern;
    private final Order order;

    DatePattern(String date, Order order) {
        this.pattern = Pattern.compile(date + TIME + ZONE);
        this.order = order;
    }

    /** True when the cell has this shape and is a real date and time; {@link #toIso} without building the text. */
    public boolean accepts(String cell) {
        if (this == ISO) {
            int fast = IsoFastPath.check(cell);
            if (fast != IsoFastPath.OTHER_SHAPE) {
                return fast == IsoFastPath.VALID;
            }
        }
        return toIso(cell).isPresent();
    }

    /** The cell in ISO-8601 ({@code 2020-02-19} or {@code 2020-02-19T18:16:42}, plus an offset if it had one). */
    public Optional<String> toIso(String cell) {
        if (this == ISO) {
            String fast = IsoFastPath.toIso(cell);
            if (fast != null) {
                return fast.isEmpty() ? Optional.empty() : Optional.of(fast);
            }
        }
        Matcher m = pattern.matcher(cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = date(m);
            if (m.group(4) == null) {
                return Optional.of(date.toString());
            }
            int hour = hour(Integer.parseInt(m.group(4)), m.group(7));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            java.time.LocalTime time = java.time.LocalTime.of(hour, minute, second);
            return Optional.of(
                    date + "T" + time.format(java.time.format.DateTimeFormatter.ISO_LOCAL_TIME) + offset(m.group(8)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private LocalDate date(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int c = Integer.parseInt(m.group(3));
        return switch (order) {
            case YMD -> LocalDate.of(a, b, c);
            case DMY -> LocalDate.of(year(m.group(3)), b, a);
            case MDY -> LocalDate.of(year(m.group(3)), a, b);
        };
    }

    /** Two-digit years are this century's unless that would put them far in the future. */
    private static int year(String digits) {
        int value = Integer.parseInt(digits);
        if (digits.length() > 2) {
            return value;
        }
        return value < 70 ? 2000 + value : 1900 + value;
    }

    private static int hour(int hour, String meridiem) {
        if (meridiem == null) {
            return hour;
        }
        if (hour < 1 || hour > 12) {
            throw new DateTimeException("12-hour clock out of range: " + hour);
        }
        boolean pm = meridiem.toLowerCase(Locale.ROOT).startsWith("p");
        return hour % 12 + (pm ? 12 : 0);
    }

    private static String offset(String zone) {
        if (zone == null) {
            return "";
        }
        String z = zone.replace("GMT", "").replace("UTC", "").strip();
        if (z.isEmpty() || z.equals("Z")) {
            return "Z";
        }
        char sign = z.charAt(0);
        String digits = z.substring(1).replace(":", "").strip();
        int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
        if (hours > 18 || minutes > 59) {
            throw new DateTimeException("offset out of range: " + zone);
        }
        return "%c%02d:%02d".formatted(sign, hours, minutes);
    }
}
