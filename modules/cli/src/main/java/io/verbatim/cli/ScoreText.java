package io.verbatim.cli;

import io.verbatim.analytics.score.SegmentTest;
import io.verbatim.analytics.weight.Weighting;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.util.Locale;

/**
 * The human rendering of a score table: one line per group with value, ± margin, interval and n (and the effective n
 * when weighted), a low-base warning beside small groups, and the highlight verdict when asked for.
 */
final class ScoreText {

    private ScoreText() {}

    static String of(ScoreResult result) {
        ScoreTable table = result.table();
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%s of %s in %s (%s%s)%n",
                table.metric().wireName().toUpperCase(Locale.ROOT),
                table.question(),
                table.dataset(),
                table.variant().wireName(),
                result.weighting() == null ? "" : ", weighted"));
        int width = Math.max(
                5,
                table.groups().stream().mapToInt(s -> s.group().length()).max().orElse(5));
        // Means live on a 1–7 scale, so they need two decimals; NPS points and percentages read well with one.
        int decimals = table.variant() == Variant.MEAN ? 2 : 1;
        for (Score score : table.groups()) {
            text.append(line(result, score, width, decimals));
        }
        text.append(table.definition()).append(System.lineSeparator());
        if (result.filtered() != null) {
            text.append(String.format(
                    Locale.ROOT,
                    "Filter: %s (%,d of %,d rows)%n",
                    result.filtered().expression(),
                    result.filtered().rows(),
                    result.filtered().of()));
        }
        if (result.weighting() != null) {
            text.append(weighting(result.weighting()));
        }
        if (result.highlight() != null) {
            text.append("Highlight: ").append(result.highlight().definition()).append(System.lineSeparator());
        }
        if (table.groups().stream().anyMatch(result::lowBase)) {
            text.append(String.format(
                    Locale.ROOT,
                    "low base = fewer than %d %sanswers: read with care%n",
                    result.minimumBase(),
                    result.weighting() == null ? "" : "effective "));
        }
        if (result.comparison() != null) {
            text.append(comparison(result.comparison()));
        }
        return text.toString();
    }

    private static String line(ScoreResult result, Score score, int width, int decimals) {
        if (score.isEmpty()) {
            return String.format(Locale.ROOT, "  %-" + width + "s  no valid answers%n", score.group());
        }
        String number = "%" + (6 + decimals) + "." + decimals + "f";
        String margin = "%." + decimals + "f";
        String base = result.weighting() == null
                ? "n=" + score.n()
                : String.format(Locale.ROOT, "n=%d eff.n=%.1f", score.n(), score.effectiveN());
        return String.format(
                Locale.ROOT,
                "  %-" + width + "s  " + number + " ± " + margin + "  [" + number + ", " + number + "]  %s%s%s%n",
                score.group(),
                score.value(),
                score.margin(),
                score.ciLow(),
                score.ciHigh(),
                base,
                result.lowBase(score) ? "  (low base)" : "",
                verdict(result.segment(score), decimals));
    }

    private static String verdict(SegmentTest segment, int decimals) {
        if (segment == null || segment.status() != SegmentTest.Status.TESTED) {
            return segment == null || segment.status() == SegmentTest.Status.LOW_BASE ? "" : "  (not testable)";
        }
        Comparison test = segment.comparison();
        String mark =
                !segment.significant() ? "  – no different from" : test.difference() > 0 ? "  ▲ above" : "  ▼ below";
        return String.format(
                Locale.ROOT,
                "%s the rest (%." + decimals + "f), %s",
                mark,
                test.second().value(),
                pAdjusted(segment.adjustedP()));
    }

    private static String pAdjusted(double p) {
        return p < 0.0001 ? "adj. p < 0.0001" : String.format(Locale.ROOT, "adj. p = %.4f", p);
    }

    private static String weighting(Weighting weighting) {
        return String.format(
                Locale.ROOT,
                "Weights: %s; effective n = %.1f of %d (efficiency %.1f%%), weights %.2f–%.2f%s%n",
                weighting.definition(),
                weighting.sample().effectiveN(),
                weighting.sample().n(),
                weighting.sample().efficiency() * 100,
                weighting.minWeight(),
                weighting.maxWeight(),
                weighting.maxMarginError() > 0.0005
                        ? String.format(
                                Locale.ROOT,
                                "; trimming leaves the margins up to %.1f points off their targets",
                                weighting.maxMarginError() * 100)
                        : "");
    }

    static String comparison(Comparison comparison) {
        return String.format(
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
                comparison.significant() ? "significant at 5%" : "not significant at 5%");
    }
}
