package io.verbatim.app.journey;

import io.verbatim.analytics.cube.Filter;
import io.verbatim.analytics.cube.FilterExpression;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.score.Metric;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Bind stage to data" dialog's state: a dataset, a metric it can score, the question (blank for the first of the
 * metric), the filter in the command line's {@code --filter} syntax and the text column for verbatims. The filter is
 * checked as it is typed, against the syntax and the dataset's columns, so a binding that cannot be scored is never
 * saved.
 */
public final class BindingForm {

    private final Messages messages;
    private final List<Dataset> datasets;

    private final ObservableList<String> datasetNames = FXCollections.observableArrayList();
    private final ObservableList<Metric> metrics = FXCollections.observableArrayList();
    private final ObservableList<String> questions = FXCollections.observableArrayList();
    private final ObservableList<String> textColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>();
    private final ObjectProperty<String> question = new SimpleObjectProperty<>("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<String> textColumn = new SimpleObjectProperty<>("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    /** @param current the stage's binding to start from, or null for a new one */
    public BindingForm(List<Dataset> datasets, Binding current, Messages messages) {
        this.messages = messages;
        this.datasets = List.copyOf(datasets);
        datasetNames.setAll(this.datasets.stream().map(Dataset::name).toList());
        dataset.addListener(obs -> datasetChosen());
        metric.addListener(obs -> metricChosen());
        question.addListener(obs -> validate());
        filter.addListener(obs -> validate());
        textColumn.addListener(obs -> validate());
        if (current != null && datasetNames.contains(current.dataset())) {
            dataset.set(current.dataset());
            metric.set(current.metric());
            question.set(current.question());
            filter.set(current.filter());
            textColumn.set(current.textColumn());
        } else if (!datasetNames.isEmpty()) {
            dataset.set(datasetNames.getFirst());
        }
        validate();
    }

    // Properties

    public ObservableList<String> datasetNames() {
        return datasetNames;
    }

    public ObservableList<Metric> metrics() {
        return metrics;
    }

    /** The chosen metric's questions; "" first, for the dataset's first one. */
    public ObservableList<String> questions() {
        return questions;
    }

    /** The dataset's text columns; "" first, for no verbatims. */
    public ObservableList<String> textColumns() {
        return textColumns;
    }

    public ObjectProperty<String> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public ObjectProperty<String> questionProperty() {
        return question;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<String> textColumnProperty() {
        return textColumn;
    }

    /** What is wrong with the form, one line, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    // Commands

    /** The binding the form describes, when it is valid. */
    public Optional<Binding> binding() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Binding(
                dataset.get(),
                metric.get(),
                blankIfNull(question.get()),
                filter.get().strip(),
                blankIfNull(textColumn.get())));
    }

    // Internals

    private Optional<Dataset> chosenDataset() {
        return datasets.stream().filter(d -> d.name().equals(dataset.get())).findFirst();
    }

    private void datasetChosen() {
        Optional<Dataset> chosen = chosenDataset();
        List<Metric> scorable = chosen.map(d -> Arrays.stream(Metric.values())
                        .filter(m -> !d.questions(m.role()).isEmpty())
                        .toList())
                .orElse(List.of());
        metrics.setAll(scorable);
        textColumns.setAll(prepend(chosen.map(d -> d.columns().stream()
                        .filter(c -> c.type() == ValueType.TEXT && c.question() == null)
                        .map(Column::key)
                        .toList())
                .orElse(List.of())));
        metric.set(scorable.isEmpty() ? null : scorable.getFirst());
        textColumn.set(textColumns.contains(textColumn.get()) ? textColumn.get() : "");
        metricChosen();
    }

    private void metricChosen() {
        Metric chosen = metric.get();
        questions.setAll(prepend(chosenDataset()
                .filter(d -> chosen != null)
                .map(d -> d.questions(chosen.role()).stream().map(Column::key).toList())
                .orElse(List.of())));
        question.set(questions.contains(question.get()) ? question.get() : "");
        validate();
    }

    private void validate() {
        String found = findProblem();
        problem.set(found);
        valid.set(found.isEmpty());
    }

    private String findProblem() {
        Optional<Dataset> chosen = chosenDataset();
        if (chosen.isEmpty()) {
            return messages.get("journey.binding.noDataset");
        }
        if (metric.get() == null) {
            return messages.get("journey.binding.noMetric");
        }
        try {
            for (Filter condition : FilterExpression.parse(filter.get())) {
                if (condition instanceof Filter.Values values
                        && chosen.get().column(values.column()).isEmpty()) {
                    return messages.format(
                            "journey.binding.noColumn",
                            values.column(),
                            chosen.get().name());
                }
            }
        } catch (ScoreException | IllegalArgumentException e) {
            return e.getMessage();
        }
        return "";
    }

    private static List<String> prepend(List<String> values) {
        List<String> all = new java.util.ArrayList<>();
        all.add("");
        all.addAll(values);
        return all;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
