package io.verbatim.ingest.report;

import java.util.Objects;

/**
 * One thing wrong with an imported file, where it is and what to do about it.
 *
 * @param file the file's name
 * @param line 1-based physical line (CSV) or row (XLSX), or 0 when it concerns the whole file
 * @param column 1-based column, or 0 when it concerns a whole line or the file
 * @param columnName the header of that column when known, else empty
 * @param rule the rule that failed
 * @param value the offending cell, at most {@value #MAX_VALUE_CHARS} characters (longer ones end in "…"), or empty
 * @param message what was wrong, in English words the user can act on
 */
public record ImportProblem(
        String file, long line, int column, String columnName, ProblemRule rule, String value, String message) {

    /** How much of an offending cell a problem keeps: enough to find it, never a whole pasted essay. */
    public static final int MAX_VALUE_CHARS = 80;

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        columnName = columnName == null ? "" : columnName;
        value = shorten(value == null ? "" : value);
    }

    /** A problem that concerns a position but no particular cell value or header. */
    public static ImportProblem at(String file, long line, int column, ProblemRule rule, String message) {
        return new ImportProblem(file, line, column, "", rule, "", message);
    }

    /** {@code file:line:column: message}, leaving out a line or column that is 0. */
    public String oneLine() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": ").append(message).toString();
    }

    private static String shorten(String value) {
        return value.length() > MAX_VALUE_CHARS ? value.substring(0, MAX_VALUE_CHARS) + "…" : value;
    }
}
