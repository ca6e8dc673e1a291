package io.verbatim.ingest.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration cell as help desks export it and gives it in minutes. The notations, in the order they are tried:
 *
 * <table>
 *   <caption>Duration notations</caption>
 *   <tr><th>cell</th><th>minutes</th><th>who writes it</th></tr>
 *   <tr><td>{@code 2.5}, {@code 2,5}, {@code 155}</td><td>the number in the column's unit</td>
 *       <td>Freshdesk hours, Intercom seconds, Jira milliseconds</td></tr>
 *   <tr><td>{@code 02:30:00}, {@code 26:05:10}, {@code 2:30}</td><td>H:MM:SS or H:MM (hours may pass 24)</td>
 *       <td>Freshdesk and Intercom in some exports</td></tr>
 *   <tr><td>{@code 2h 30m}, {@code -1h 5m}, {@code 1d 4h}, {@code 2h 3m 4s}, {@code 45 sec}</td>
 *       <td>the sum of the parts; a leading minus negates the whole</td><td>Jira SLA fields, Intercom</td></tr>
 *   <tr><td>{@code 2 ч 30 мин}, {@code 1 д 4 ч}, {@code 45 сек}</td><td>the same, in Russian</td>
 *       <td>Russian help desks</td></tr>
 * </table>
 *
 * <p>A blank cell, a dash or {@code n/a} is "no duration". A day is 24 hours (see {@link DurationUnit}).
 */
public final class DurationText {

    /** Decimals kept: a ten-thousandth of a minute is 6 ms, finer than any export. */
    private static final int SCALE = 4;

    private static final Pattern CLOCK = Pattern.compile("([-+]?)(\\d+):([0-5]\\d)(?::([0-5]\\d(\\.\\d+)?))?");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*([\\p{L}]+)\\.?\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F\u2009]+");

    private DurationText() {}

    /**
     * The cell in minutes, as plain digits with a decimal point and at most {@value #SCALE} decimals ({@code 150},
     * {@code 2.5833}, {@code -65}).
     *
     * @param bareUnit the unit of a cell that is a bare number: the header's, else the tool's
     * @return "" for a blank or "none" cell, the minutes, or empty when the cell is not a duration
     */
    public static Optional<String> minutes(String cell, DurationUnit bareUnit) {
        BigDecimal simple = simple(cell.strip(), bareUnit);
        if (simple != null) {
            return Optional.of(plain(simple));
        }
        if (cell.isBlank()) {
            return Optional.of("");
        }
        Optional<String> number = NumberColumn.plain(cell);
        if (number.isPresent()) {
            return number.get().isEmpty()
                    ? number
                    : Optional.of(plain(bareUnit.toMinutes(new BigDecimal(number.get()))));
        }
        String text = SPACES.matcher(cell).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return parse(text).map(DurationText::plain);
    }

    private static Optional<BigDecimal> parse(String text) {
        Matcher clock = CLOCK.matcher(text.replace(" ", ""));
        if (clock.matches()) {
            BigDecimal minutes = new BigDecimal(clock.group(2))
                    .multiply(BigDecimal.valueOf(60))
                    .add(new BigDecimal(clock.group(3)));
            if (clock.group(4) != null) {
                minutes = minutes.add(DurationUnit.SECONDS.toMinutes(new BigDecimal(clock.group(4))));
            }
            return Optional.of(clock.group(1).equals("-") ? minutes.negate() : minutes);
        }
        return parts(text.replace(',', '.'));
    }

    /**
     * True when {@link #minutes} reads the cell (a blank one included). Cheaper than {@code minutes} for the shapes
     * nearly every cell has, which the profile pass only needs to recognise.
     */
    public static boolean reads(String cell) {
        String text = cell.strip();
        return text.isEmpty()
                || simpleShape(text)
                || minutes(cell, DurationUnit.MINUTES).isPresent();
    }

    /**
     * The shapes nearly every cell of an export has, read without regular expressions (an import reads each cell
     * twice): {@code 2.5}, {@code -155}, {@code 02:30:00}, {@code 2:30}.
     *
     * @return the minutes, or null when the cell has another shape (or is blank)
     */
    private static BigDecimal simple(String cell, DurationUnit bareUnit) {
        if (!simpleShape(cell)) {
            return null;
        }
        if (cell.indexOf(':') < 0) {
            return bareUnit.toMinutes(new BigDecimal(cell));
        }
        boolean negative = cell.charAt(0) == '-';
        int start = negative || cell.charAt(0) == '+' ? 1 : 0;
        String[] parts = cell.substring(start).split(":", -1);
        long seconds = Long.parseLong(parts[0]) * 3600 + Long.parseLong(parts[1]) * 60;
        if (parts.length == 3) {
            seconds += Long.parseLong(parts[2]);
        }
        return DurationUnit.SECONDS.toMinutes(BigDecimal.valueOf(negative ? -seconds : seconds));
    }

    /**
     * A signed decimal number ({@code 2.5}, {@code -155}, {@code .5}) or a signed {@code H:MM} / {@code H:MM:SS} with
     * up to 9 hour digits and minutes and seconds below 60.
     */
    private static boolean simpleShape(String cell) {
        int length = cell.length();
        int start = length > 0 && (cell.charAt(0) == '-' || cell.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        int dots = 0;
        int colons = 0;
        int sinceColon = 0;
        for (int i = start; i < length; i++) {
            char c = cell.charAt(i);
            if (c == ':') {
                boolean hours = colons == 0;
                if (hours ? sinceColon == 0 || sinceColon > 9 : sinceColon != 2) {
                    return false;
                }
                colons++;
                sinceColon = 0;
            } else if (c == '.') {
                dots++;
            } else if (c >= '0' && c <= '9') {
                if (colons > 0 && sinceColon == 0 && c > '5') {
                    return false;
                }
                digits++;
                sinceColon++;
            } else {
                return false;
            }
        }
        if (colons == 0) {
            return digits > 0 && dots <= 1;
        }
        return dots == 0 && colons <= 2 && sinceColon == 2;
    }

    /** {@code 1d 4h}, {@code -1h 5m}, {@code 2 ч 30 мин}: numbers each followed by a unit word, each unit once. */
    private static Optional<BigDecimal> parts(String text) {
        boolean negative = text.startsWith("-");
        String rest = negative || text.startsWith("+") ? text.substring(1).strip() : text;
        Matcher part = PART.matcher(rest);
        BigDecimal total = BigDecimal.ZERO;
        int at = 0;
        int seen = 0;
        while (at < rest.length()) {
            if (!part.find(at) || part.start() != at) {
                return Optional.empty();
            }
            Optional<DurationUnit> unit = DurationUnit.ofWord(part.group(2));
            if (unit.isEmpty() || (seen & (1 << unit.get().ordinal())) != 0) {
                return Optional.empty();
            }
            seen |= 1 << unit.get().ordinal();
            total = total.add(unit.get().toMinutes(new BigDecimal(part.group(1))));
            at = part.end();
        }
        return seen == 0 ? Optional.empty() : Optional.of(negative ? total.negate() : total);
    }

    private static String plain(BigDecimal minutes) {
        BigDecimal rounded = minutes.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
