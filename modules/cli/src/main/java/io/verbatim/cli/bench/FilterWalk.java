package io.verbatim.cli.bench;

import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.dashboard.PeriodPreset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An analyst's filter changes on a dashboard, for the redraw benches: each step changes the filters once, starting
 * from none — tick or untick a segment value, pick a period preset, or clear all (also once three segments are
 * filtered). The survey and the ticket/mention benches walk the same way and differ only in where the values come from.
 */
final class FilterWalk {

    private final Random random;
    private final List<String> segments;
    private final Map<String, List<String>> values;
    private final LocalDate lastDay;
    private DashboardFilters filters = DashboardFilters.none();

    /**
     * @param values the values to tick, per segment column, in the order the columns are offered
     * @param lastDay the last day of the data, for period presets; null when it has no dates
     */
    FilterWalk(Map<String, List<String>> values, LocalDate lastDay, Random random) {
        this.random = random;
        this.segments = new ArrayList<>(values.keySet());
        this.values = values;
        this.lastDay = lastDay;
    }

    DashboardFilters next() {
        int move = random.nextInt(10);
        if (move == 0 || filters.segments().size() >= 3) {
            filters = DashboardFilters.none().withPeriod(filters.from(), filters.to());
        } else if (move <= 2 && lastDay != null) {
            PeriodPreset preset = PeriodPreset.values()[random.nextInt(PeriodPreset.values().length)];
            filters = preset.apply(filters, lastDay);
        } else {
            String column = segments.get(random.nextInt(segments.size()));
            List<String> choices = values.get(column);
            filters = filters.toggle(column, choices.get(random.nextInt(choices.size())));
        }
        return filters;
    }
}
