package io.verbatim.app.dashboard;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.dataset.DatasetKind;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * Shows a ticket or mention dashboard over the survey one when such a dataset is selected: the same filter bar and
 * comments panel, tiles, and four chart cards whose bars and points open the rows behind them.
 */
public final class KindDashboardView {

    private static final int CHARTS = 4;

    /** What a click on each chart does: bars open their rows, the SLA bars also filter, points open theirs. */
    private static final List<String> TICKET_HINTS =
            List.of("kinds.hint.bar", "kinds.hint.bar", "kinds.hint.filter", "kinds.hint.point");

    private static final List<String> MENTION_HINTS =
            List.of("kinds.hint.point", "kinds.hint.bar", "kinds.hint.bar", "kinds.hint.bar");

    private final KindDashboardViewModel viewModel;
    private final Messages messages;
    private final List<ChartViewer> viewers = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private final List<Label> notes = new ArrayList<>();
    private final FlowPane tilePane = new FlowPane(12, 12);

    @FXML
    private StackPane root;

    public KindDashboardView(KindDashboardViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(viewModel.activeProperty());
        root.managedProperty().bind(viewModel.activeProperty());
        Label title = new Label();
        title.getStyleClass().add("kind-dashboard-title");
        title.textProperty().bind(viewModel.titleProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(20, 20);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Label problem = new Label();
        problem.getStyleClass().add("chart-note");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        VBox top = new VBox(10, new HBox(12, title, loading, problem), new FilterBar(viewModel, messages));

        tilePane.getStyleClass().add("tile-pane");
        viewModel.tiles().addListener((ListChangeListener<KpiTile>) change -> showTiles());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < CHARTS; i++) {
            grid.add(card(i), i % 2, i / 2);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox body = new VBox(16, tilePane, grid);
        body.getStyleClass().add("dashboard-body");
        // Six tiles and four charts do not fit a laptop screen: the body scrolls, the filters and comments stay.
        ScrollPane scroller = new ScrollPane(body);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("edge-to-edge");

        BorderPane content = new BorderPane(scroller);
        content.getStyleClass().add("dashboard-content");
        content.setTop(top);
        BorderPane.setMargin(scroller, new Insets(16, 0, 0, 0));
        DrillDownPanel rows = new DrillDownPanel(viewModel, messages);
        BorderPane.setMargin(rows, new Insets(16, 0, 0, 16));
        content.setRight(rows);
        root.getChildren().setAll(content);

        viewModel.kindProperty().addListener((obs, old, now) -> showTitles(now));
        viewModel.drawnProperty().addListener((obs, old, now) -> showCharts(now));
        viewModel.notesProperty().addListener((obs, old, now) -> showNotes(now));
        showTitles(viewModel.kindProperty().get());
    }

    private VBox card(int index) {
        Label title = new Label();
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label();
        hint.getStyleClass().add("card-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        titles.add(title);
        titles.add(hint);
        ChartViewer viewer = new ChartViewer(null);
        viewer.getStyleClass().add("kind-chart-viewer");
        viewer.setVisible(false);
        viewer.addChartMouseListener(clicks(index));
        viewers.add(viewer);
        Label note = new Label();
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        notes.add(note);
        StackPane host = new StackPane(viewer, note);
        host.setMinHeight(250);
        VBox.setVgrow(host, Priority.ALWAYS);
        VBox card = new VBox(6, title, hint, host);
        card.getStyleClass().add("chart-card");
        return card;
    }

    private void showTitles(DatasetKind kind) {
        String prefix = kind == DatasetKind.MENTIONS ? "kinds.mentions.chart" : "kinds.tickets.chart";
        for (int i = 0; i < CHARTS; i++) {
            titles.get(2 * i).setText(messages.get(prefix + i));
            List<String> hints = kind == DatasetKind.MENTIONS ? MENTION_HINTS : TICKET_HINTS;
            titles.get(2 * i + 1).setText(messages.get(hints.get(i)));
        }
    }

    private void showTiles() {
        tilePane.getChildren()
                .setAll(viewModel.tiles().stream()
                        .map(tile -> new KpiTileCard(tile, messages.get("kpi.lowBase")))
                        .toList());
    }

    private void showCharts(List<KindCharts.Chart> charts) {
        for (int i = 0; i < CHARTS; i++) {
            KindCharts.Chart chart = i < charts.size() ? charts.get(i) : KindCharts.Chart.NONE;
            if (chart.chart() != null) {
                viewers.get(i).setChart(chart.chart());
            }
            viewers.get(i).setVisible(chart.chart() != null);
        }
    }

    private void showNotes(List<String> now) {
        for (int i = 0; i < CHARTS; i++) {
            notes.get(i).setText(i < now.size() ? now.get(i) : "");
        }
    }

    private ChartMouseListenerFX clicks(int chart) {
        return new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                int index = index(event.getEntity());
                if (index >= 0) {
                    viewModel.click(chart, index);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks matter
            }
        };
    }

    /** The bar or point a click hit, in drawing order; -1 for none. */
    static int index(ChartEntity entity) {
        if (entity instanceof XYItemEntity item) {
            return item.getItem();
        }
        if (entity instanceof CategoryItemEntity item) {
            return item.getDataset().getColumnIndex(item.getColumnKey());
        }
        return -1;
    }
}
