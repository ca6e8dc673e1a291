package io.verbatim.analytics.cube;

import io.verbatim.analytics.score.ScoreException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --filter} text of the command line as cube {@link Filter}s. Conditions are separated by {@code ;} and all
 * must hold:
 *
 * <ul>
 *   <li>{@code Region=Москва} or {@code Region=Москва,Казань}: the column holds one of the values;
 *   <li>{@code Channel!=app} or {@code Channel!=app,sms}: it holds none of them;
 *   <li>{@code date>=2025-01-01}, {@code date<2025-04-01}: the response date is on or after, or before, a day.
 * </ul>
 *
 * <p>Spaces around names and values are ignored; {@code (blank)} names the blank cell.
 */
public final class FilterExpression {

    private static final Pattern CONDITION = Pattern.compile("\\s*([^!=<>]+?)\\s*(!=|>=|<|=)\\s*(.*?)\\s*");

    private FilterExpression() {}

    /** @throws ScoreException naming the condition that cannot be read and how to write it */
    public static List<Filter> parse(String expression) {
        List<Filter> filters = new ArrayList<>();
        for (String condition : expression.split(";")) {
            if (!condition.isBlank()) {
                filters.add(condition(condition));
            }
        }
        return filters;
    }

    private static Filter condition(String text) {
        Matcher m = CONDITION.matcher(text);
        if (!m.matches() || m.group(3).isEmpty()) {
            throw unreadable(text, "write COLUMN=VALUE, COLUMN!=VALUE, date>=YYYY-MM-DD or date<YYYY-MM-DD");
        }
        String column = m.group(1);
        String operator = m.group(2);
        String value = m.group(3);
        return switch (operator) {
            case "=" -> Filter.in(column, values(value));
            case "!=" -> Filter.notIn(column, values(value));
            default -> {
                if (!column.equalsIgnoreCase("date")) {
                    throw unreadable(text, "only the response date compares with >= and <: date>=2025-01-01");
                }
                LocalDate day = day(text, value);
                yield operator.equals(">=") ? Filter.dates(day, null) : Filter.dates(null, day);
            }
        };
    }

    private static LinkedHashSet<String> values(String list) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        Arrays.stream(list.split(","))
                .map(String::strip)
                .map(v -> v.equals("(blank)") ? "" : v)
                .forEach(values::add);
        return values;
    }

    private static LocalDate day(String text, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw unreadable(text, "dates are written YYYY-MM-DD, e.g. date>=2025-01-01");
        }
    }

    private static ScoreException unreadable(String condition, String how) {
        return new ScoreException("cannot read the filter \"" + condition.strip() + "\": " + how);
    }
}
