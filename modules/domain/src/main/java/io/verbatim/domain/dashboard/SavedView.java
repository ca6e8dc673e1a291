package io.verbatim.domain.dashboard;

import io.verbatim.domain.score.Metric;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dashboard an analyst named to come back to (ADR 0033): the dataset's global filters, the breakdown column and the
 * metric of the charts. Views belong to one dataset, whose columns the filters name.
 *
 * @param dataset the dataset's name
 * @param name the analyst's name for the view, unique within the dataset
 * @param metric the metric of the charts
 * @param breakdown the column the breakdown groups by, or null
 * @param from the period's first day, or null (open)
 * @param to the day after the period's last day, or null (open)
 * @param segments column → the values kept, in the order shown
 * @param savedAt when it was saved
 */
public record SavedView(
        String dataset,
        String name,
        Metric metric,
        String breakdown,
        LocalDate from,
        LocalDate to,
        Map<String, List<String>> segments,
        Instant savedAt) {

    public SavedView {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(savedAt, "savedAt");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a saved view needs a name");
        }
        name = name.strip();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        segments.forEach((column, values) -> copy.put(column, List.copyOf(values)));
        segments = Collections.unmodifiableMap(copy);
    }
}
