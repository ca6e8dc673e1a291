package io.verbatim.app.journey;

import io.verbatim.app.fx.DisplayNames;
import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.score.Metric;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The "Bind stage to data" dialog over a {@link BindingForm}; OK stays disabled while the form has a problem. */
final class BindingDialog {

    private BindingDialog() {}

    static Optional<Binding> ask(Window owner, BindingForm form, Messages messages, String stageName) {
        Dialog<Binding> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.format("journey.binding.title", stageName));
        dialog.setHeaderText(messages.format("journey.binding.header", stageName));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ComboBox<String> dataset = new ComboBox<>(form.datasetNames());
        dataset.valueProperty().bindBidirectional(form.datasetProperty());
        ComboBox<Metric> metric = new ComboBox<>(form.metrics());
        metric.setConverter(DisplayNames.of(m -> m == null ? "" : messages.get("metric." + m.wireName())));
        metric.valueProperty().bindBidirectional(form.metricProperty());
        ComboBox<String> question = new ComboBox<>(form.questions());
        question.setConverter(
                DisplayNames.of(q -> q == null || q.isEmpty() ? messages.get("journey.binding.firstQuestion") : q));
        question.valueProperty().bindBidirectional(form.questionProperty());
        TextField filter = new TextField();
        filter.setPromptText(messages.get("journey.binding.filterPrompt"));
        filter.textProperty().bindBidirectional(form.filterProperty());
        filter.getStyleClass().add("journey-filter");
        ComboBox<String> text = new ComboBox<>(form.textColumns());
        text.setConverter(DisplayNames.of(c -> c == null || c.isEmpty() ? messages.get("journey.binding.noText") : c));
        text.valueProperty().bindBidirectional(form.textColumnProperty());
        Label problem = new Label();
        problem.getStyleClass().add("error-message");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        problem.visibleProperty().bind(form.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setPrefWidth(520);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, messages.get("journey.binding.dataset"), dataset);
        row(grid, 1, messages.get("journey.binding.metric"), metric);
        row(grid, 2, messages.get("journey.binding.question"), question);
        row(grid, 3, messages.get("journey.binding.filter"), filter);
        row(grid, 4, messages.get("journey.binding.text"), text);
        grid.add(problem, 0, 5, 2, 1);
        filter.setPrefColumnCount(28);
        dialog.getDialogPane().setContent(grid);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(form.validProperty().not());
        dialog.setResultConverter(
                button -> button == ButtonType.OK ? form.binding().orElse(null) : null);
        return dialog.showAndWait();
    }

    private static void row(GridPane grid, int row, String label, Node control) {
        grid.add(new Label(label), 0, row);
        grid.add(control, 1, row);
    }
}
