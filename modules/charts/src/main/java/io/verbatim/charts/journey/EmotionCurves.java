package io.verbatim.charts.journey;

import io.verbatim.charts.ChartStyle;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.Stage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The emotion lane's two curves on the −2…+2 scale: the one derived from each stage's score (solid, the accent) and
 * the one a workshop drew by hand (dashed, orange), side by side so the gap between felt and measured shows. A stage
 * without a value breaks the curve rather than being joined across.
 */
final class EmotionCurves {

    static final Stroke FELT_STROKE =
            new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
    static final Stroke MEASURED_STROKE = new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private EmotionCurves() {}

    /**
     * Draws both curves.
     *
     * @param centres the x of each stage's column centre
     * @param top the y of +2
     * @param bottom the y of −2
     */
    static void draw(
            Graphics2D g,
            List<Stage> stages,
            JourneyEvidence evidence,
            double[] centres,
            double left,
            double right,
            double top,
            double bottom) {
        double zero = (top + bottom) / 2;
        g.setPaint(ChartStyle.GRID);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        g.draw(new Line2D.Double(left, zero, right, zero));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(left, top, right, top));
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        g.setFont(ChartStyle.font(Font.PLAIN, 10f));
        g.setPaint(ChartStyle.MUTED_TEXT);
        int ascent = g.getFontMetrics().getAscent();
        g.drawString("+2", (float) (left + 3), (float) (top + ascent + 1));
        g.drawString("0", (float) (left + 3), (float) (zero - 3));
        g.drawString("−2", (float) (left + 3), (float) (bottom - 3));

        double[] felt = new double[stages.size()];
        double[] measured = new double[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            felt[i] = y(stage.feltEmotionIfAny(), top, bottom);
            measured[i] = y(
                    evidence.forStage(stage).map(e -> e.derivedEmotionIfAny()).orElse(OptionalDouble.empty()),
                    top,
                    bottom);
        }
        curve(g, centres, felt, ChartStyle.FELT, FELT_STROKE, true);
        curve(g, centres, measured, ChartStyle.ACCENT, MEASURED_STROKE, false);
    }

    /** A legend line: a short sample of the curve and its name. */
    static void legend(Graphics2D g, double x, double y, Color colour, Stroke stroke, String text) {
        g.setPaint(colour);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x, y - 4, x + 24, y - 4));
        g.setFont(ChartStyle.font(Font.PLAIN, 11f));
        g.setPaint(ChartStyle.MUTED_TEXT);
        g.drawString(text, (float) (x + 30), (float) y);
    }

    private static double y(OptionalDouble emotion, double top, double bottom) {
        if (emotion.isEmpty()) {
            return Double.NaN;
        }
        double clamped = Math.max(Stage.MIN_EMOTION, Math.min(Stage.MAX_EMOTION, emotion.getAsDouble()));
        return bottom - (clamped - Stage.MIN_EMOTION) / (Stage.MAX_EMOTION - Stage.MIN_EMOTION) * (bottom - top);
    }

    private static void curve(Graphics2D g, double[] xs, double[] ys, Color colour, Stroke stroke, boolean hollow) {
        g.setPaint(colour);
        g.setStroke(stroke);
        Path2D.Double path = new Path2D.Double();
        boolean drawing = false;
        for (int i = 0; i < ys.length; i++) {
            if (Double.isNaN(ys[i])) {
                drawing = false;
            } else if (drawing) {
                path.lineTo(xs[i], ys[i]);
            } else {
                path.moveTo(xs[i], ys[i]);
                drawing = true;
            }
        }
        g.draw(path);
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < ys.length; i++) {
            if (!Double.isNaN(ys[i])) {
                Ellipse2D dot = new Ellipse2D.Double(xs[i] - 5, ys[i] - 5, 10, 10);
                g.setPaint(hollow ? Color.WHITE : colour);
                g.fill(dot);
                g.setPaint(colour);
                g.draw(dot);
            }
        }
    }
}
