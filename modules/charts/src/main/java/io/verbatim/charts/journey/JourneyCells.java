package io.verbatim.charts.journey;

import io.verbatim.charts.BaseSize;
import io.verbatim.charts.ChartStyle;
import io.verbatim.charts.FigureFormat;
import io.verbatim.charts.TextLines;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of one cell of a journey map: sticky notes, a stage's measured score, its verbatims. Each method both
 * measures and draws ({@code draw} false only measures), so the layout and the painting cannot disagree about a height.
 */
final class JourneyCells {

    static final double NOTE_GAP = 6;
    private static final double NOTE_PAD = 7;
    private static final int NOTE_LINES = 5;
    private static final int VERBATIM_LINES = 4;
    private static final Color LOW_BASE = new Color(0x9A6700);

    private final JourneyLabels labels;
    private final FigureFormat format;
    /** Per metric, the span of every stage's interval: the tracks of one metric share a scale across the map. */
    private final Map<Metric, double[]> spans = new EnumMap<>(Metric.class);

    JourneyCells(JourneyLabels labels, List<StageEvidence> evidence) {
        this.labels = labels;
        this.format = new FigureFormat(labels.locale());
        for (StageEvidence e : evidence) {
            Score s = e.score();
            if (!s.isEmpty() && !Double.isNaN(s.ciLow()) && !Double.isNaN(s.ciHigh())) {
                double[] span = spans.computeIfAbsent(
                        e.binding().metric(), m -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
                span[0] = Math.min(span[0], s.ciLow());
                span[1] = Math.max(span[1], s.ciHigh());
            }
        }
    }

    /** Sticky notes stacked top to bottom; returns the height they take. */
    double notes(Graphics2D g, List<Note> notes, double x, double y, double width, boolean draw) {
        g.setFont(ChartStyle.font(Font.PLAIN, 12.5f));
        FontMetrics metrics = g.getFontMetrics();
        double top = y;
        for (Note note : notes) {
            List<String> lines = TextLines.wrap(note.text(), metrics, width - 2 * NOTE_PAD, NOTE_LINES);
            double height = Math.max(1, lines.size()) * metrics.getHeight() + 2 * NOTE_PAD;
            if (draw) {
                RoundRectangle2D paper = new RoundRectangle2D.Double(x, top, width, height, 6, 6);
                g.setPaint(new Color(0, 0, 0, 24));
                g.fill(new RoundRectangle2D.Double(x + 1.5, top + 2, width, height, 6, 6));
                g.setPaint(NotePalette.paper(note.colour()));
                g.fill(paper);
                g.setPaint(NotePalette.edge(note.colour()));
                g.setStroke(new BasicStroke(1f));
                g.draw(paper);
                g.setPaint(ChartStyle.TEXT);
                double line = top + NOTE_PAD + metrics.getAscent();
                for (String text : lines) {
                    g.drawString(text, (float) (x + NOTE_PAD), (float) line);
                    line += metrics.getHeight();
                }
            }
            top += height + NOTE_GAP;
        }
        return notes.isEmpty() ? 0 : top - y - NOTE_GAP;
    }

    /** A stage's measured score with its interval on a track, its base, or why there is none. */
    double metric(
            Graphics2D g,
            Stage stage,
            Optional<StageEvidence> evidence,
            double x,
            double y,
            double width,
            boolean draw) {
        if (stage.binding() == null
                || evidence.isEmpty()
                || evidence.get().score().isEmpty()) {
            String why = stage.binding() == null
                    ? labels.notBound()
                    : evidence.isEmpty() ? labels.noEvidence() : labels.noAnswers();
            return muted(g, why, x, y, width, draw);
        }
        StageEvidence found = evidence.get();
        Metric metric = found.binding().metric();
        Score score = found.score();
        g.setFont(ChartStyle.font(Font.BOLD, 13f));
        FontMetrics small = g.getFontMetrics();
        String name = metricName(metric);
        g.setFont(ChartStyle.font(Font.BOLD, 24f));
        FontMetrics big = g.getFontMetrics();
        double line = y + big.getAscent();
        String value = format.value(metric.defaultVariant(), score.value());
        if (draw) {
            g.setPaint(ChartStyle.TEXT);
            g.drawString(value, (float) x, (float) line);
            g.setFont(ChartStyle.font(Font.BOLD, 13f));
            g.setPaint(ChartStyle.MUTED_TEXT);
            g.drawString(
                    TextLines.fit(name, small, width - big.stringWidth(value) - 8),
                    (float) (x + big.stringWidth(value) + 8),
                    (float) line);
        }
        line += 18;
        g.setFont(ChartStyle.font(Font.PLAIN, 12f));
        String detail = format.margin(metric.defaultVariant(), score.margin()) + " · "
                + labels.base().formatted(format.count(score.n()));
        if (draw) {
            g.setPaint(ChartStyle.MUTED_TEXT);
            g.drawString(TextLines.fit(detail, g.getFontMetrics(), width), (float) x, (float) line);
            track(g, metric, score, x, line + 10, width);
        }
        line += 22;
        if (BaseSize.isLow(score)) {
            line += 16;
            if (draw) {
                g.setPaint(LOW_BASE);
                g.drawString(
                        TextLines.fit("⚠ " + labels.lowBase(), g.getFontMetrics(), width), (float) x, (float) line);
            }
        }
        return line - y + 4;
    }

    /** Representative texts with a quote bar at their left. */
    double verbatims(
            Graphics2D g,
            Stage stage,
            Optional<StageEvidence> evidence,
            double x,
            double y,
            double width,
            boolean draw) {
        if (stage.binding() == null || evidence.isEmpty()) {
            return muted(g, stage.binding() == null ? labels.notBound() : labels.noEvidence(), x, y, width, draw);
        }
        g.setFont(ChartStyle.font(Font.ITALIC, 12f));
        FontMetrics metrics = g.getFontMetrics();
        double top = y;
        for (String text : evidence.get().verbatims()) {
            List<String> lines = TextLines.wrap(text, metrics, width - 10, VERBATIM_LINES);
            double height = lines.size() * metrics.getHeight();
            if (draw) {
                g.setPaint(ChartStyle.ACCENT);
                g.fill(new Rectangle2D.Double(x, top + 1, 2.5, height - 2));
                g.setPaint(ChartStyle.TEXT);
                double line = top + metrics.getAscent();
                for (String part : lines) {
                    g.drawString(part, (float) (x + 9), (float) line);
                    line += metrics.getHeight();
                }
            }
            top += height + 8;
        }
        return top > y ? top - y - 8 : 0;
    }

    static String metricName(Metric metric) {
        return switch (metric) {
            case NPS -> "NPS";
            case ENPS -> "eNPS";
            case CSAT -> "CSAT";
            case CES -> "CES";
        };
    }

    private void track(Graphics2D g, Metric metric, Score score, double x, double y, double width) {
        double[] span = spans.get(metric);
        if (span == null || Double.isNaN(score.ciLow())) {
            return;
        }
        double air = Math.max((span[1] - span[0]) * 0.08, 1e-6);
        double low = span[0] - air;
        double high = span[1] + air;
        double from = x + (score.ciLow() - low) / (high - low) * width;
        double to = x + (score.ciHigh() - low) / (high - low) * width;
        double at = x + (score.value() - low) / (high - low) * width;
        g.setPaint(ChartStyle.GRID);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x, y, x + width, y));
        g.setPaint(ChartStyle.ACCENT_BAND);
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(from, y, to, y));
        g.setPaint(ChartStyle.ACCENT);
        g.fill(new Ellipse2D.Double(at - 4, y - 4, 8, 8));
    }

    private static double muted(Graphics2D g, String text, double x, double y, double width, boolean draw) {
        g.setFont(ChartStyle.font(Font.ITALIC, 12f));
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = TextLines.wrap(text, metrics, width, 2);
        if (draw) {
            g.setPaint(ChartStyle.MUTED_TEXT);
            double line = y + metrics.getAscent();
            for (String part : lines) {
                g.drawString(part, (float) x, (float) line);
                line += metrics.getHeight();
            }
        }
        return lines.size() * metrics.getHeight();
    }
}
