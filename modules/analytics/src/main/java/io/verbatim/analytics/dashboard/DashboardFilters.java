package io.verbatim.analytics.dashboard;

import io.verbatim.analytics.cube.Filter;
import io.verbatim.analytics.score.ScoreException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The global filters of a dashboard (ADR 0033): a period of response dates and, per segment column, the values kept.
 * Every widget is scored under the same filters; a bar clicked in the breakdown toggles its value here (cross-filter).
 * Immutable: each change makes a new value, so a redraw job always scores one consistent set.
 *
 * @param from the first day kept, or null (open)
 * @param to the day after the last day kept, or null (open)
 * @param segments column → values kept (a row must hold one of them); a column with no values is not filtered
 */
public record DashboardFilters(LocalDate from, LocalDate to, Map<String, Set<String>> segments) {

    public DashboardFilters {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("an empty period: " + from + " to " + to);
        }
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        segments.forEach((column, values) -> {
            if (!values.isEmpty()) {
                copy.put(column, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        segments = Collections.unmodifiableMap(copy);
    }

    /** No filter: every row. */
    public static DashboardFilters none() {
        return new DashboardFilters(null, null, Map.of());
    }

    /** Reads the command line's filter text ({@link io.verbatim.analytics.cube.FilterExpression}); "!=" is refused. */
    public static DashboardFilters parse(String expression) {
        DashboardFilters filters = none();
        for (Filter filter : io.verbatim.analytics.cube.FilterExpression.parse(expression)) {
            filters = switch (filter) {
                case Filter.Values values when !values.exclude() -> filters.with(values.column(), values.values());
                case Filter.Values values ->
                    throw new ScoreException("a dashboard filter keeps values; \"" + values.column()
                            + "!=\" cannot be shown as one, list the values to keep instead");
                case Filter.Dates dates ->
                    filters.withPeriod(
                            dates.from() != null ? dates.from() : filters.from(),
                            dates.to() != null ? dates.to() : filters.to());
            };
        }
        return filters;
    }

    /** The same segments over another period. */
    public DashboardFilters withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilters(newFrom, newTo, segments);
    }

    /** Keeps exactly {@code values} of {@code column} (none: the column is not filtered). */
    public DashboardFilters with(String column, Set<String> values) {
        Map<String, Set<String>> changed = new LinkedHashMap<>(segments);
        changed.put(column, values);
        return new DashboardFilters(from, to, changed);
    }

    /** Cross-filtering: adds {@code value} to the column's kept values, or removes it when it is already kept. */
    public DashboardFilters toggle(String column, String value) {
        Set<String> values = new LinkedHashSet<>(segments.getOrDefault(column, Set.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        return with(column, values);
    }

    /** Drops one column's filter. */
    public DashboardFilters without(String column) {
        return with(column, Set.of());
    }

    public boolean isEmpty() {
        return from == null && to == null && segments.isEmpty();
    }

    /** The values kept of a column, empty when it is not filtered. */
    public Set<String> values(String column) {
        return segments.getOrDefault(column, Set.of());
    }

    /** The same period just before this one, of the same length in days; empty unless both ends are set. */
    public Optional<DashboardFilters> previousPeriod() {
        if (from == null || to == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(from, to);
        return Optional.of(withPeriod(from.minusDays(days), from));
    }

    /** The filters as the cube takes them. */
    public List<Filter> cubeFilters() {
        List<Filter> filters = new ArrayList<>();
        segments.forEach((column, values) -> filters.add(Filter.in(column, values)));
        if (from != null || to != null) {
            filters.add(Filter.dates(from, to));
        }
        return filters;
    }

    /**
     * The command line's {@code --filter} text for the same rows ({@code Region=Москва,Казань;date>=2025-01-01}), so
     * a dashboard's numbers can be checked with {@code verbatim score}.
     */
    public String expression() {
        List<String> parts = new ArrayList<>();
        segments.forEach((column, values) -> parts.add(column + "="
                + String.join(
                        ",",
                        values.stream().map(v -> v.isBlank() ? "(blank)" : v).toList())));
        if (from != null) {
            parts.add("date>=" + from);
        }
        if (to != null) {
            parts.add("date<" + to);
        }
        return String.join(";", parts);
    }
}
