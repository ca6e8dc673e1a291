package io.verbatim.charts.journey;

import io.verbatim.charts.ChartStyle;
import io.verbatim.charts.TextLines;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ui.Drawable;

/**
 * Draws a customer-journey map with Java2D: stages across as chevrons, lanes down with their titles at the left,
 * sticky notes in their cells, each bound stage's measured score with its interval and base, representative
 * verbatims, and the emotion lane's measured and felt curves. Reports and {@code verbatim chart --kind journey} use it
 * (PNG and SVG through {@link io.verbatim.charts.ChartRenderer}); the app's canvas follows the same look.
 *
 * <p>The map is laid out at its natural size for the width it is given (rows as tall as their tallest cell) and
 * scaled down uniformly when the area is shorter, so nothing is clipped; {@link #preferredHeight} says how tall the
 * area should be for an unscaled drawing.
 */
public final class JourneyMapRenderer implements Drawable {

    static final double MARGIN = 20;
    static final double TITLE_COLUMN = 180;
    static final double MIN_STAGE_WIDTH = 170;
    static final double STAGE_HEADER = 50;
    static final double PAD = 10;
    static final double MIN_ROW = 56;
    static final double EMOTION_HEIGHT = 140;

    private final JourneyMap map;
    private final JourneyEvidence evidence;
    private final JourneyLabels labels;
    private final JourneyCells cells;

    public JourneyMapRenderer(JourneyMap map, JourneyEvidence evidence, JourneyLabels labels) {
        this.map = map;
        this.evidence = evidence;
        this.labels = labels;
        List<StageEvidence> current = new ArrayList<>();
        map.stages().forEach(s -> evidence.forStage(s).ifPresent(current::add));
        this.cells = new JourneyCells(labels, current);
    }

    /** The narrowest width at which every stage column keeps a readable width. */
    public int minimumWidth() {
        return (int)
                Math.ceil(2 * MARGIN + TITLE_COLUMN + Math.max(1, map.stages().size()) * MIN_STAGE_WIDTH);
    }

    /** The height the map takes unscaled at this width (at least {@link #minimumWidth()}). */
    public int preferredHeight(int width) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return (int) Math.ceil(layout(g, Math.max(width, minimumWidth())).height());
        } finally {
            g.dispose();
        }
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g2.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fill(area);
            Layout layout = layout(g, Math.max(area.getWidth(), minimumWidth()));
            double scale = Math.min(area.getWidth() / layout.width(), area.getHeight() / layout.height());
            g.translate(area.getX() + Math.max(0, (area.getWidth() - layout.width() * scale) / 2), area.getY());
            g.scale(scale, scale);
            paint(g, layout);
        } finally {
            g.dispose();
        }
    }

    /** Column and row sizes at a width. */
    record Layout(double width, double headerHeight, double stageWidth, List<Double> rows) {
        double height() {
            return headerHeight
                    + STAGE_HEADER
                    + rows.stream().mapToDouble(Double::doubleValue).sum()
                    + MARGIN;
        }

        double left() {
            return MARGIN + TITLE_COLUMN;
        }
    }

    Layout layout(Graphics2D g, double width) {
        double header = MARGIN + 30 + Math.min(map.personas().size(), 3) * 18 + 10;
        double stageWidth =
                (width - 2 * MARGIN - TITLE_COLUMN) / Math.max(1, map.stages().size());
        List<Double> rows = new ArrayList<>();
        for (Lane lane : map.lanes()) {
            double tallest = 0;
            for (Stage stage : map.stages()) {
                tallest = Math.max(tallest, cell(g, lane, stage, 0, 0, stageWidth - 2 * PAD, false));
            }
            double titleHeight = titleHeight(g, lane);
            rows.add(Math.max(MIN_ROW, Math.max(titleHeight, tallest) + 2 * PAD));
        }
        return new Layout(width, header, stageWidth, rows);
    }

    private void paint(Graphics2D g, Layout layout) {
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
        paintHeader(g, layout);
        paintStages(g, layout);
        double top = layout.headerHeight() + STAGE_HEADER;
        double right = layout.width() - MARGIN;
        for (int i = 0; i < map.lanes().size(); i++) {
            Lane lane = map.lanes().get(i);
            double height = layout.rows().get(i);
            g.setPaint(ChartStyle.PANEL);
            g.fill(new Rectangle2D.Double(MARGIN, top, TITLE_COLUMN - 8, height));
            paintLaneTitle(g, lane, top);
            if (lane.kind() == LaneKind.EMOTIONS) {
                EmotionCurves.draw(
                        g,
                        map.stages(),
                        evidence,
                        centres(layout),
                        layout.left(),
                        right,
                        top + PAD,
                        top + PAD + EMOTION_HEIGHT);
            }
            for (int s = 0; s < map.stages().size(); s++) {
                double x = layout.left() + s * layout.stageWidth() + PAD;
                cell(g, lane, map.stages().get(s), x, top + PAD, layout.stageWidth() - 2 * PAD, true);
            }
            g.setPaint(ChartStyle.GRID);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(MARGIN, top + height, right, top + height));
            top += height;
        }
        double bottom = top;
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 4f}, 0f));
        for (int s = 1; s < map.stages().size(); s++) {
            double x = layout.left() + s * layout.stageWidth();
            g.draw(new Line2D.Double(x, layout.headerHeight() + STAGE_HEADER, x, bottom));
        }
    }

    private void paintHeader(Graphics2D g, Layout layout) {
        double width = layout.width() - 2 * MARGIN;
        g.setFont(ChartStyle.font(Font.BOLD, 22f));
        g.setPaint(ChartStyle.TEXT);
        double line = MARGIN + g.getFontMetrics().getAscent();
        g.drawString(TextLines.fit(map.name(), g.getFontMetrics(), width), (float) MARGIN, (float) line);
        line += 8;
        for (Persona persona :
                map.personas().subList(0, Math.min(3, map.personas().size()))) {
            g.setFont(ChartStyle.font(Font.BOLD, 13f));
            FontMetrics bold = g.getFontMetrics();
            line += 18;
            String name = labels.persona() + ": " + persona.name();
            g.setPaint(ChartStyle.TEXT);
            g.drawString(TextLines.fit(name, bold, width), (float) MARGIN, (float) line);
            if (!persona.description().isBlank()) {
                double after = MARGIN + bold.stringWidth(name) + 8;
                g.setFont(ChartStyle.font(Font.PLAIN, 13f));
                g.setPaint(ChartStyle.MUTED_TEXT);
                g.drawString(
                        TextLines.fit("— " + persona.description(), g.getFontMetrics(), MARGIN + width - after),
                        (float) after,
                        (float) line);
            }
        }
    }

    private void paintStages(Graphics2D g, Layout layout) {
        double top = layout.headerHeight() + 4;
        double height = STAGE_HEADER - 12;
        double notch = 12;
        for (int s = 0; s < map.stages().size(); s++) {
            double x = layout.left() + s * layout.stageWidth() + 2;
            double w = layout.stageWidth() - 4;
            Path2D.Double chevron = new Path2D.Double();
            chevron.moveTo(x, top);
            chevron.lineTo(x + w - notch, top);
            chevron.lineTo(x + w, top + height / 2);
            chevron.lineTo(x + w - notch, top + height);
            chevron.lineTo(x, top + height);
            if (s > 0) {
                chevron.lineTo(x + notch, top + height / 2);
            }
            chevron.closePath();
            g.setPaint(ChartStyle.ACCENT);
            g.fill(chevron);
            g.setPaint(Color.WHITE);
            g.setFont(ChartStyle.font(Font.BOLD, 13f));
            FontMetrics metrics = g.getFontMetrics();
            double textLeft = x + (s > 0 ? notch + 6 : 10);
            String title = (s + 1) + ". " + map.stages().get(s).name();
            List<String> lines = TextLines.wrap(title, metrics, x + w - notch - 4 - textLeft, 2);
            double line = top + (height - lines.size() * metrics.getHeight()) / 2 + metrics.getAscent();
            for (String part : lines) {
                g.drawString(part, (float) textLeft, (float) line);
                line += metrics.getHeight();
            }
        }
    }

    private void paintLaneTitle(Graphics2D g, Lane lane, double top) {
        g.setFont(ChartStyle.font(Font.BOLD, 13f));
        FontMetrics metrics = g.getFontMetrics();
        g.setPaint(ChartStyle.TEXT);
        double line = top + PAD + metrics.getAscent();
        for (String part : TextLines.wrap(labels.laneTitle(lane), metrics, TITLE_COLUMN - 8 - 2 * PAD, 3)) {
            g.drawString(part, (float) (MARGIN + PAD), (float) line);
            line += metrics.getHeight();
        }
        if (lane.kind() == LaneKind.EMOTIONS) {
            line += 8;
            EmotionCurves.legend(
                    g, MARGIN + PAD, line, ChartStyle.ACCENT, EmotionCurves.MEASURED_STROKE, labels.measured());
            EmotionCurves.legend(g, MARGIN + PAD, line + 18, ChartStyle.FELT, EmotionCurves.FELT_STROKE, labels.felt());
        }
    }

    private double titleHeight(Graphics2D g, Lane lane) {
        g.setFont(ChartStyle.font(Font.BOLD, 13f));
        FontMetrics metrics = g.getFontMetrics();
        int lines = TextLines.wrap(labels.laneTitle(lane), metrics, TITLE_COLUMN - 8 - 2 * PAD, 3)
                .size();
        return lines * metrics.getHeight() + (lane.kind() == LaneKind.EMOTIONS ? 44 : 0);
    }

    /** Measures or draws one cell: the lane's own content for the stage, then its sticky notes. */
    private double cell(Graphics2D g, Lane lane, Stage stage, double x, double y, double width, boolean draw) {
        Optional<StageEvidence> found = evidence.forStage(stage);
        double used =
                switch (lane.kind()) {
                    case EMOTIONS -> EMOTION_HEIGHT;
                    case METRICS -> cells.metric(g, stage, found, x, y, width, draw);
                    case VERBATIMS -> cells.verbatims(g, stage, found, x, y, width, draw);
                    default -> 0;
                };
        double gap = used > 0 ? 10 : 0;
        double notes = cells.notes(g, map.notesAt(stage.id(), lane.id()), x, y + used + gap, width, draw);
        return notes > 0 ? used + gap + notes : used;
    }

    private double[] centres(Layout layout) {
        double[] centres = new double[map.stages().size()];
        for (int s = 0; s < centres.length; s++) {
            centres[s] = layout.left() + (s + 0.5) * layout.stageWidth();
        }
        return centres;
    }
}
