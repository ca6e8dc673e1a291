package io.verbatim.app.dashboard;

import java.util.List;

/**
 * A column the filter bar offers, with the values it holds (sorted, blanks last as "(blank)").
 *
 * @param column the column key
 * @param values its distinct values
 */
public record Segment(String column, List<String> values) {

    public Segment {
        values = List.copyOf(values);
    }
}
