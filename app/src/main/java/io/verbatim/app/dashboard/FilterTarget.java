package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.dashboard.PeriodPreset;
import java.time.LocalDate;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * What the filter bar and the comments panel drive: a survey dashboard's view-model or a ticket or mention
 * dashboard's. Both keep the same {@link DashboardFilters}, so the bar, its chips and the drill-down look and work the
 * same on every kind of dataset.
 */
interface FilterTarget {

    ObservableList<Segment> segments();

    ObservableList<FilterChip> chips();

    ReadOnlyObjectProperty<DashboardFilters> filtersProperty();

    ReadOnlyStringProperty rowsKeptProperty();

    ReadOnlyObjectProperty<DrillDownModel> drillDownProperty();

    LocalDate lastDay();

    String presetName(PeriodPreset preset);

    void applyPreset(PeriodPreset preset);

    void setPeriod(LocalDate from, LocalDate lastIncluded);

    void setValues(String column, Set<String> values);

    void removeChip(FilterChip chip);

    void clearFilters();

    void closeDrillDown();
}
