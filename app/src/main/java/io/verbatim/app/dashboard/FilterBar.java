package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.dashboard.PeriodPreset;
import io.verbatim.app.fx.DisplayNames;
import io.verbatim.app.i18n.Messages;
import java.time.chrono.IsoChronology;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The global filters (ADR 0033): a period preset and two date pickers, one ControlsFX {@link CheckComboBox} per
 * segment column, and below them the active filters as removable chips with "clear all". It writes to the
 * view-model's commands and follows its filters back, so a cross-filter click or a saved view shows here too.
 */
final class FilterBar extends VBox {

    private final FilterTarget viewModel;
    private final Messages messages;
    private final ComboBox<PeriodPreset> preset = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final HBox segmentBoxes = new HBox(8);
    private final FlowPane chipRow = new FlowPane(6, 6);
    private final Label rowsKept = new Label();
    private final List<SegmentBox> boxes = new ArrayList<>();
    private boolean following;

    FilterBar(FilterTarget viewModel, Messages messages) {
        super(8);
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("filter-bar");
        preset.getItems().setAll(PeriodPreset.values());
        preset.setConverter(DisplayNames.of(viewModel::presetName));
        preset.setPromptText(messages.get("filter.period.prompt"));
        preset.valueProperty().addListener((obs, old, chosen) -> {
            if (!following && chosen != null) {
                viewModel.applyPreset(chosen);
            }
        });
        // Days as the interface language writes them, whatever the system's locale.
        from.setConverter(new LocalDateStringConverter(FormatStyle.SHORT, messages.locale(), IsoChronology.INSTANCE));
        to.setConverter(new LocalDateStringConverter(FormatStyle.SHORT, messages.locale(), IsoChronology.INSTANCE));
        from.setPromptText(messages.get("filter.from"));
        to.setPromptText(messages.get("filter.to"));
        from.setPrefWidth(142);
        to.setPrefWidth(142);
        from.valueProperty().addListener(obs -> pickDates());
        to.valueProperty().addListener(obs -> pickDates());
        Label periodLabel = new Label(messages.get("filter.period.label"));
        periodLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox period = new HBox(8, periodLabel, preset, from, new Label("–"), to);
        period.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FlowPane controls = new FlowPane(12, 8, period, segmentBoxes);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        controls.getStyleClass().add("filter-controls");

        Button clear = new Button(messages.get("filter.clearAll"));
        clear.getStyleClass().addAll("flat", "clear-filters");
        clear.setOnAction(e -> viewModel.clearFilters());
        clear.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.chips()));
        rowsKept.getStyleClass().add("rows-kept");
        rowsKept.textProperty().bind(viewModel.rowsKeptProperty());
        HBox summary = new HBox(12, clear, rowsKept);
        summary.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        // The chips take what is left of the line and wrap; "clear all" and the row count keep their place.
        javafx.scene.layout.BorderPane chipLine = new javafx.scene.layout.BorderPane(chipRow);
        chipLine.setRight(summary);
        javafx.scene.layout.BorderPane.setAlignment(chipRow, javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.BorderPane.setMargin(summary, new javafx.geometry.Insets(0, 0, 0, 12));
        chipRow.setPrefWrapLength(200);
        getChildren().addAll(controls, chipLine);

        viewModel.segments().addListener((ListChangeListener<Segment>) change -> buildSegments());
        viewModel.chips().addListener((ListChangeListener<FilterChip>) change -> showChips());
        viewModel.filtersProperty().addListener((obs, old, now) -> follow(now));
        buildSegments();
        showChips();
        follow(viewModel.filtersProperty().get());
    }

    private void pickDates() {
        if (!following) {
            viewModel.setPeriod(from.getValue(), to.getValue());
        }
    }

    private void buildSegments() {
        boxes.clear();
        for (Segment segment : viewModel.segments()) {
            boxes.add(new SegmentBox(segment));
        }
        segmentBoxes
                .getChildren()
                .setAll(boxes.stream().map(SegmentBox::control).toList());
        follow(viewModel.filtersProperty().get());
    }

    private void showChips() {
        chipRow.getChildren().setAll(viewModel.chips().stream().map(this::chip).toList());
    }

    private HBox chip(FilterChip filter) {
        Label text = new Label(filter.label());
        Button remove = new Button("×");
        remove.getStyleClass().addAll("flat", "chip-remove");
        remove.setAccessibleText(messages.format("filter.remove", filter.label()));
        remove.setOnAction(e -> viewModel.removeChip(filter));
        HBox chip = new HBox(2, text, remove);
        chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chip.getStyleClass().add("filter-chip");
        return chip;
    }

    /** Shows the view-model's filters in the controls without sending them back. */
    private void follow(DashboardFilters filters) {
        following = true;
        try {
            if (filters.from() == null && filters.to() == null) {
                preset.setValue(PeriodPreset.ALL);
            } else if (!matchesPreset(filters)) {
                preset.setValue(null);
            }
            from.setValue(filters.from());
            to.setValue(filters.to() == null ? null : filters.to().minusDays(1));
            boxes.forEach(box -> box.follow(filters.values(box.segment().column())));
        } finally {
            following = false;
        }
    }

    private boolean matchesPreset(DashboardFilters filters) {
        PeriodPreset chosen = preset.getValue();
        return chosen != null && chosen.apply(filters, viewModel.lastDay()).equals(filters);
    }

    /** One segment column's check list. */
    private final class SegmentBox {

        private final Segment segment;
        private final CheckComboBox<String> control = new CheckComboBox<>();

        SegmentBox(Segment segment) {
            this.segment = segment;
            control.getItems().setAll(segment.values());
            control.setTitle(segment.column());
            control.setShowCheckedCount(true);
            control.getStyleClass().add("segment-filter");
            control.setPrefWidth(Region.USE_COMPUTED_SIZE);
            control.setMinWidth(Region.USE_PREF_SIZE);
            control.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
                if (!following) {
                    viewModel.setValues(
                            segment.column(),
                            new LinkedHashSet<>(control.getCheckModel().getCheckedItems()));
                }
            });
        }

        Segment segment() {
            return segment;
        }

        CheckComboBox<String> control() {
            return control;
        }

        void follow(Set<String> kept) {
            control.getCheckModel().clearChecks();
            kept.forEach(value -> control.getCheckModel().check(value));
        }
    }
}
