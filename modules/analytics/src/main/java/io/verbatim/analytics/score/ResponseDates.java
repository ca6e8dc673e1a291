package io.verbatim.analytics.score;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds a dataset's response-date column and reads the date of each cell, for trends. */
public final class ResponseDates {

    /**
     * Names survey tools give the moment a response was submitted, best first: Qualtrics' RecordedDate and EndDate
     * (not StartDate: a response belongs to when it was finished), SurveyMonkey's "End Date", Google Forms' Timestamp,
     * then generic and Russian names. Compared ignoring case, spaces and punctuation.
     */
    private static final List<String> PREFERRED =
            List.of("recordeddate", "enddate", "timestamp", "date", "submitted", "submittedat", "дата");

    private final Map<String, LocalDate> datesByPrefix = new HashMap<>();

    /**
     * The response-date column: the first DATETIME column with a preferred name (exact, then containing it), else the
     * first DATETIME column.
     */
    public static Optional<Column> column(Dataset dataset) {
        List<Column> dated = dataset.columns().stream()
                .filter(c -> c.type() == ValueType.DATETIME)
                .toList();
        for (String preferred : PREFERRED) {
            Optional<Column> exact =
                    dated.stream().filter(c -> named(c, preferred, true)).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
        }
        for (String preferred : PREFERRED) {
            Optional<Column> partial =
                    dated.stream().filter(c -> named(c, preferred, false)).findFirst();
            if (partial.isPresent()) {
                return partial;
            }
        }
        return dated.stream().findFirst();
    }

    /**
     * The date of an ISO-8601 cell ({@code 2020-02-19T18:16:42}, {@code 2020-02-19 18:16}, {@code 2020-02-19}), or
     * null when it is blank or not a date. Only the date part is parsed: day, week and month buckets never need the
     * time, and a million timestamps share a few hundred distinct dates, so each is parsed once.
     */
    public LocalDate dateOf(String cell) {
        String text = cell.strip();
        if (text.length() < 10) {
            return null;
        }
        if (text.length() > 10 && text.charAt(10) != 'T' && text.charAt(10) != ' ') {
            return null;
        }
        return datesByPrefix.computeIfAbsent(text.substring(0, 10), ResponseDates::parseDate);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            // An unparseable cell is skipped, as the contract says; the bucket count shows what was kept.
            return null;
        }
    }

    private static boolean named(Column column, String preferred, boolean exact) {
        return matches(column.key(), preferred, exact) || matches(column.label(), preferred, exact);
    }

    private static boolean matches(String name, String preferred, boolean exact) {
        String normalised = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return exact ? normalised.equals(preferred) : normalised.contains(preferred);
    }
}
