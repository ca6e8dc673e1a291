package io.verbatim.analytics.mention;

import java.util.List;

/**
 * Net sentiment overall, per group or per period.
 *
 * @param dataset the dataset's name
 * @param by the breakdown column's key, the period ({@code day}, ...), or null for all mentions
 * @param rows one per group
 * @param definition the formula, the base and the interval method
 */
public record SentimentTable(String dataset, String by, List<SentimentRow> rows, String definition) {

    public SentimentTable {
        rows = List.copyOf(rows);
    }
}
