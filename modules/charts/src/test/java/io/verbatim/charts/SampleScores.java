package io.verbatim.charts;

import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Score tables as the scorer would return them, with Russian group names. */
final class SampleScores {

    private SampleScores() {}

    static ScoreTable byRegion() {
        return new ScoreTable(
                Metric.NPS,
                Variant.NET_SCORE,
                "demo",
                "nps",
                "region",
                List.of(
                        new Score("Москва", 412, 31.2, 24.1, 38.0, 3.5),
                        new Score("Санкт-Петербург", 230, 18.5, 8.9, 27.8, 4.8),
                        new Score("London", 95, -4.2, -19.5, 11.3, 7.8),
                        new Score("Казань", 12, 40.0, 5.0, 66.0, 15.6)),
                "NPS = % promoters (9–10) − % detractors (0–6)");
    }

    static ScoreTable byMonth() {
        List<Score> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            double value = 20 + 8 * Math.sin(m / 2.0);
            // February is a thin month: the trend must mark it as a low base.
            long n = m == 2 ? 18 : 200 + m * 10;
            months.add(new Score("2025-%02d".formatted(m), n, value, value - 7, value + 6, 3.3));
        }
        months.add(new Score("2026-01", 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        return new ScoreTable(Metric.NPS, Variant.NET_SCORE, "demo", "nps", "month", months, "NPS");
    }

    static ChartLabels russianLabels() {
        return new ChartLabels(
                "NPS по регионам",
                "Регион",
                "NPS, пункты",
                "NPS",
                "95% интервал",
                "малая база (n < 30)",
                Locale.of("ru"));
    }
}
