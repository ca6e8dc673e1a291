package io.verbatim.cli;

import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.util.Locale;

/** The human rendering of a score table: one line per group with value, ± margin, interval and n. */
final class ScoreText {

    /** Below this base a score is shown with a warning (METRICS.md, statistics hygiene). */
    static final long MINIMUM_BASE = 30;

    private ScoreText() {}

    static String of(ScoreTable table, Comparison comparison) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%s of %s in %s (%s)%n",
                table.metric().wireName().toUpperCase(Locale.ROOT),
                table.question(),
                table.dataset(),
                table.variant().wireName()));
        int width = Math.max(
                5,
                table.groups().stream().mapToInt(s -> s.group().length()).max().orElse(5));
        // Means live on a 1–7 scale, so they need two decimals; NPS points and percentages read well with one.
        int decimals = table.variant() == Variant.MEAN ? 2 : 1;
        for (Score score : table.groups()) {
            text.append(line(score, width, decimals));
        }
        text.append(table.definition()).append(System.lineSeparator());
        if (comparison != null) {
            text.append(String.format(
                    Locale.ROOT,
                    "%s vs %s: difference %+.2f, %s statistic %.2f, %s: %s%n",
                    comparison.first().group(),
                    comparison.second().group(),
                    comparison.difference(),
                    comparison.test(),
                    comparison.statistic(),
                    comparison.pValue() < 0.0001
                            ? "p < 0.0001"
                            : String.format(Locale.ROOT, "p = %.4f", comparison.pValue()),
                    comparison.significant() ? "significant at 5%" : "not significant at 5%"));
        }
        return text.toString();
    }

    private static String line(Score score, int width, int decimals) {
        if (score.isEmpty()) {
            return String.format(Locale.ROOT, "  %-" + width + "s  no valid answers%n", score.group());
        }
        String number = "%" + (6 + decimals) + "." + decimals + "f";
        String margin = "%." + decimals + "f";
        return String.format(
                Locale.ROOT,
                "  %-" + width + "s  " + number + " ± " + margin + "  [" + number + ", " + number + "]  n=%d%s%n",
                score.group(),
                score.value(),
                score.margin(),
                score.ciLow(),
                score.ciHigh(),
                score.n(),
                score.n() < MINIMUM_BASE ? "  (low base)" : "");
    }
}
