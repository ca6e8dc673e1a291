package io.verbatim.cli.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date in a CSV cell as exports write it: ISO ({@code 2024-03-05}, with or without a time), slashed year first
 * ({@code 2020/3/18}, as the CFPB writes it) or dotted day first ({@code 05.03.2024}, as Russian tools write it). Only
 * the date is read: trends are by day, week or month.
 */
final class CellDates {

    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\D.*)?$");
    private static final Pattern DAY_FIRST = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\D.*)?$");

    private CellDates() {}

    /** The date of a cell, or null when it holds none. */
    static LocalDate of(String cell) {
        String text = cell == null ? "" : cell.strip();
        try {
            Matcher m = YEAR_FIRST.matcher(text);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DAY_FIRST.matcher(text);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
