package io.verbatim.app.journey;

import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/**
 * The EMOTIONS lane: the curve derived from the data and the felt curve drawn in the workshop, side by side over a
 * -2..+2 scale. Pressing or dragging in a stage's column moves that stage's felt point; the map changes once, on
 * release, so a drag is one undo step.
 */
final class EmotionLane extends Pane {

    private final JourneyMap map;
    private final EmotionCurve curve;
    private final BiConsumer<String, Double> setFelt;
    private final List<Node> feltNodes = new ArrayList<>();
    private int pressed = -1;

    EmotionLane(JourneyMap map, JourneyEvidence evidence, EmotionCurve curve, BiConsumer<String, Double> setFelt) {
        this.map = map;
        this.curve = curve;
        this.setFelt = setFelt;
        getStyleClass().add("emotion-lane");
        double width = curve.columnWidth() * map.stages().size();
        setPrefSize(width, curve.height());
        setMinSize(width, curve.height());
        setMaxSize(width, curve.height());
        setCursor(Cursor.CROSSHAIR);
        drawScale(width);
        for (List<EmotionCurve.Point> run : curve.derived(map, evidence)) {
            draw(run, "emotion-derived", null);
        }
        drawFelt(curve.felt(map));
        setOnMousePressed(e -> {
            pressed = map.stages().isEmpty()
                    ? -1
                    : curve.stageAt(e.getX(), map.stages().size());
            preview(e);
        });
        setOnMouseDragged(this::preview);
        setOnMouseReleased(this::commit);
    }

    private void drawScale(double width) {
        for (int column = 1; column < map.stages().size(); column++) {
            double x = column * curve.columnWidth();
            Line line = new Line(x, 0, x, curve.height());
            line.getStyleClass().add("emotion-column");
            getChildren().add(line);
        }
        for (int level = (int) Stage.MIN_EMOTION; level <= Stage.MAX_EMOTION; level++) {
            Line line = new Line(0, curve.y(level), width, curve.y(level));
            line.getStyleClass().add(level == 0 ? "emotion-zero" : "emotion-grid");
            getChildren().add(line);
            if (level % 2 == 0) {
                Text mark = new Text(4, curve.y(level) - 3, level > 0 ? "+" + level : level < 0 ? "−" + -level : "0");
                mark.getStyleClass().add("emotion-scale");
                getChildren().add(mark);
            }
        }
    }

    private void drawFelt(List<List<EmotionCurve.Point>> runs) {
        getChildren().removeAll(feltNodes);
        feltNodes.clear();
        for (List<EmotionCurve.Point> run : runs) {
            draw(run, "emotion-felt", feltNodes);
        }
    }

    private void draw(List<EmotionCurve.Point> run, String style, List<Node> keep) {
        Polyline line = new Polyline();
        line.getStyleClass().addAll("emotion-curve", style);
        List<Node> added = new ArrayList<>();
        added.add(line);
        for (EmotionCurve.Point point : run) {
            line.getPoints().addAll(point.x(), point.y());
            Circle dot = new Circle(point.x(), point.y(), curve.padding() / 3);
            dot.getStyleClass().addAll("emotion-point", style + "-point");
            added.add(dot);
        }
        getChildren().addAll(added);
        if (keep != null) {
            keep.addAll(added);
        }
    }

    /** Redraws the felt curve as if the pressed stage had the emotion at the pointer's height. */
    private void preview(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || pressed < 0) {
            return;
        }
        Stage stage = map.stages().get(pressed);
        JourneyMap moved = map.withStageReplaced(stage.withFeltEmotion(curve.emotionAt(event.getY())));
        drawFelt(curve.felt(moved));
        event.consume();
    }

    private void commit(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || pressed < 0) {
            return;
        }
        String stageId = map.stages().get(pressed).id();
        pressed = -1;
        setFelt.accept(stageId, curve.emotionAt(event.getY()));
        event.consume();
    }
}
