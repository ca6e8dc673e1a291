package io.verbatim.app.journey;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The map drawn as nodes: persona cards on top, then a grid with the stage headers across, the lane titles down the
 * left and a cell per stage and lane holding its sticky notes (plus the score line in METRICS, the quotes in VERBATIMS,
 * and the two curves across the EMOTIONS lane). A map is a few dozen nodes, so every change simply redraws it.
 */
public final class JourneyCanvas extends VBox {

    private static final double LANE_WIDTH = 170;
    private static final double STAGE_WIDTH = 220;
    private static final double EMOTION_HEIGHT = 150;

    private final JourneyViewModel viewModel;
    private final Messages messages;
    private final EvidenceFormat format;
    private final double scale;
    private final InvalidationListener redraw = obs -> redraw();
    /** The cell ("stage/lane") whose last note opens for typing when the canvas is next drawn. */
    private String editNoteOnRedraw;

    /** @param scale 1 on the tab; larger in workshop mode, where the type is larger too */
    public JourneyCanvas(JourneyViewModel viewModel, double scale) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.format = new EvidenceFormat(messages);
        this.scale = scale;
        getStyleClass().add("journey-canvas");
        viewModel.mapProperty().addListener(new WeakInvalidationListener(redraw));
        viewModel.evidenceProperty().addListener(new WeakInvalidationListener(redraw));
        redraw();
    }

    private void redraw() {
        JourneyMap map = viewModel.mapProperty().get();
        Optional<JourneyEditor> editor = viewModel.editor();
        if (map == null || editor.isEmpty()) {
            getChildren().clear();
            return;
        }
        getChildren().setAll(personas(map, editor.get()), grid(map, editor.get()));
        editNoteOnRedraw = null;
    }

    private HBox personas(JourneyMap map, JourneyEditor editor) {
        HBox row = new HBox(12);
        row.getStyleClass().add("journey-personas");
        for (Persona persona : map.personas()) {
            row.getChildren().add(new PersonaCard(persona, editor, messages));
        }
        Button add = new Button(messages.get("journey.persona.add"));
        add.getStyleClass().addAll("journey-add", "flat");
        add.setOnAction(e -> editor.addPersona(messages.get("journey.persona.newName"), ""));
        row.getChildren().add(add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private GridPane grid(JourneyMap map, JourneyEditor editor) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("journey-grid");
        grid.getColumnConstraints().add(column(LANE_WIDTH));
        for (int i = 0; i < map.stages().size(); i++) {
            grid.getColumnConstraints().add(column(STAGE_WIDTH));
            Stage stage = map.stages().get(i);
            grid.add(
                    new StageHeader(stage, i, map.stages().size(), editor, messages, () -> bind(stage, editor)),
                    i + 1,
                    0);
        }
        grid.add(addStageButton(editor), map.stages().size() + 1, 0);
        int row = 1;
        for (int l = 0; l < map.lanes().size(); l++) {
            Lane lane = map.lanes().get(l);
            LaneHeader header = new LaneHeader(lane, l, map.lanes().size(), editor, messages);
            if (lane.kind() == LaneKind.EMOTIONS && !map.stages().isEmpty()) {
                grid.add(header, 0, row, 1, 2);
                EmotionCurve curve = new EmotionCurve(STAGE_WIDTH * scale, EMOTION_HEIGHT * scale, 15 * scale);
                EmotionLane emotions =
                        new EmotionLane(map, viewModel.evidenceProperty().get(), curve, editor::setFeltEmotion);
                grid.add(emotions, 1, row, map.stages().size(), 1);
                row++;
            } else {
                grid.add(header, 0, row);
            }
            for (int s = 0; s < map.stages().size(); s++) {
                grid.add(cell(map, map.stages().get(s), lane, editor), s + 1, row);
            }
            row++;
        }
        grid.add(addLaneButton(editor), 0, row);
        return grid;
    }

    private StackPane cell(JourneyMap map, Stage stage, Lane lane, JourneyEditor editor) {
        VBox cell = new VBox(6);
        cell.getStyleClass().add("journey-cell-content");
        JourneyEvidence evidence = viewModel.evidenceProperty().get();
        Optional<StageEvidence> measured = evidence.forStage(stage);
        if (lane.kind() == LaneKind.METRICS && measured.isPresent()) {
            cell.getChildren().add(styled(format.metricLine(measured.get()), "journey-metric"));
        }
        if (lane.kind() == LaneKind.VERBATIMS) {
            measured.ifPresent(
                    e -> e.verbatims().forEach(v -> cell.getChildren().add(styled(format.quoted(v), "journey-quote"))));
        }
        java.util.List<Note> notes = map.notesAt(stage.id(), lane.id());
        String here = stage.id() + "/" + lane.id();
        for (Note note : notes) {
            boolean editNow = here.equals(editNoteOnRedraw) && note == notes.getLast();
            cell.getChildren().add(new NoteCard(note, editor, messages, editNow));
        }
        Button add = new Button("+");
        add.getStyleClass().addAll("journey-add-note", "flat");
        add.setFocusTraversable(false);
        add.setOnAction(e -> {
            // The edit redraws the canvas; the new note, last in this cell, opens for typing.
            editNoteOnRedraw = here;
            editor.addNote(stage.id(), lane.id(), "", colourFor(lane.kind()));
        });
        // The add button sits in the cell's corner, under the notes' column, so it costs the cell no row of its own.
        StackPane box = new StackPane(cell, add);
        StackPane.setAlignment(add, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(cell, Pos.TOP_LEFT);
        box.getStyleClass().addAll("journey-cell", "cell-" + lane.kind().name().toLowerCase(java.util.Locale.ROOT));
        acceptNotes(box, stage, lane, editor);
        return box;
    }

    private void acceptNotes(StackPane cell, Stage stage, Lane lane, JourneyEditor editor) {
        cell.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(NoteCard.DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        cell.setOnDragEntered(e -> cell.getStyleClass().add("drop-target"));
        cell.setOnDragExited(e -> cell.getStyleClass().remove("drop-target"));
        cell.setOnDragDropped(e -> {
            String text = e.getDragboard().getString();
            boolean ok = text != null && text.startsWith(NoteCard.DRAG_PREFIX);
            if (ok) {
                editor.moveNote(text.substring(NoteCard.DRAG_PREFIX.length()), stage.id(), lane.id());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void bind(Stage stage, JourneyEditor editor) {
        BindingForm form = new BindingForm(viewModel.datasets(), stage.binding(), messages);
        BindingDialog.ask(getScene().getWindow(), form, messages, stage.name())
                .ifPresent(binding -> editor.bindStage(stage.id(), binding));
    }

    private Button addStageButton(JourneyEditor editor) {
        Button add = new Button(messages.get("journey.stage.add"));
        add.getStyleClass().addAll("journey-add", "flat");
        add.setOnAction(e -> editor.addStage(messages.get("journey.stage.newName")));
        return add;
    }

    private MenuButton addLaneButton(JourneyEditor editor) {
        MenuButton add = new MenuButton(messages.get("journey.lane.add"));
        add.getStyleClass().addAll("journey-add", "flat");
        for (LaneKind kind : LaneKind.values()) {
            MenuItem item = new MenuItem(viewModel.laneTitle(kind));
            item.setOnAction(e -> editor.addLane(kind, viewModel.laneTitle(kind)));
            add.getItems().add(item);
        }
        return add;
    }

    private ColumnConstraints column(double width) {
        ColumnConstraints constraints = new ColumnConstraints(width * scale);
        constraints.setMinWidth(width * scale);
        constraints.setMaxWidth(width * scale);
        return constraints;
    }

    private static Label styled(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Facilitators' habit: pains on pink, ideas on green, everything else on yellow. */
    static NoteColour colourFor(LaneKind kind) {
        return switch (kind) {
            case PAIN_POINTS -> NoteColour.PINK;
            case OPPORTUNITIES -> NoteColour.GREEN;
            case TOUCHPOINTS, CHANNELS -> NoteColour.BLUE;
            default -> NoteColour.YELLOW;
        };
    }
}
