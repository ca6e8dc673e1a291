package io.verbatim.ingest.survey.profile;

import io.verbatim.domain.dataset.ValueType;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one column's cells look like, gathered in a single streaming pass: whether all are numbers, which date shapes
 * fit all of them, the range of their integer codes, and (while there are few) the distinct answers. Memory per column
 * is constant, whatever the file size.
 */
public final class ColumnProfile {

    /** More distinct answers than this cannot be a labelled rating scale. */
    public static final int MAX_DISTINCT = 24;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** "7", "7.0", "10 - Extremely likely", "0 (not at all)": the code a rating answer starts with. */
    private static final Pattern CODE = Pattern.compile("([-+]?\\d{1,9})(?:[.,]0+)?(?:\\s*[-–—:(=].*|\\s+\\p{L}.*)?");

    private final EnumSet<DatePattern> dates = EnumSet.allOf(DatePattern.class);
    private final Set<String> distinct = new LinkedHashSet<>();
    private long nonBlank;
    private boolean allNumbers = true;
    private boolean allCodes = true;
    private boolean manyDistinct;
    private long minCode = Long.MAX_VALUE;
    private long maxCode = Long.MIN_VALUE;

    public void accept(String raw) {
        String cell = raw.strip();
        if (cell.isEmpty()) {
            return;
        }
        nonBlank++;
        if (allNumbers && !NUMBER.matcher(cell).matches()) {
            allNumbers = false;
        }
        if (!dates.isEmpty()) {
            dates.removeIf(p -> p.toIso(cell).isEmpty());
        }
        if (allCodes) {
            Matcher code = CODE.matcher(cell);
            if (code.matches()) {
                long value = Long.parseLong(code.group(1).replace("+", ""));
                minCode = Math.min(minCode, value);
                maxCode = Math.max(maxCode, value);
            } else {
                allCodes = false;
            }
        }
        if (!manyDistinct) {
            distinct.add(cell.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            manyDistinct = distinct.size() > MAX_DISTINCT;
        }
    }

    public long nonBlank() {
        return nonBlank;
    }

    /** NUMBER when every non-blank cell is a number, DATETIME when one date shape fits them all, else TEXT. */
    public ValueType type() {
        if (nonBlank == 0) {
            return ValueType.TEXT;
        }
        if (allNumbers) {
            return ValueType.NUMBER;
        }
        return dates.isEmpty() ? ValueType.TEXT : ValueType.DATETIME;
    }

    /** The date shape of a DATETIME column. */
    public Optional<DatePattern> datePattern() {
        return type() == ValueType.DATETIME ? Optional.of(dates.iterator().next()) : Optional.empty();
    }

    /** True when every non-blank cell starts with an integer code (plain or labelled like "10 - Extremely likely"). */
    public boolean integerCodes() {
        return nonBlank > 0 && allCodes && type() != ValueType.DATETIME;
    }

    public long minCode() {
        return minCode;
    }

    public long maxCode() {
        return maxCode;
    }

    /** The distinct answers, normalised (lower case, single spaces), or empty when there are too many. */
    public Set<String> distinctAnswers() {
        return manyDistinct ? Set.of() : Set.copyOf(distinct);
    }
}
