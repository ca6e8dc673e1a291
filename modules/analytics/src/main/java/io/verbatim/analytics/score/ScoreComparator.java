package io.verbatim.analytics.score;

import io.verbatim.analytics.stat.TwoSampleTest;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Tests two groups of a score table against each other using only what the table holds (value, n, standard error),
 * so a saved or exported table can be tested without re-reading answers. Public for the dashboard, which tests a
 * period's score against the previous period's.
 */
public final class ScoreComparator {

    private ScoreComparator() {}

    static Comparison compare(ScoreTable table, String firstGroup, String secondGroup) {
        return test(table.metric(), table.variant(), group(table, firstGroup), group(table, secondGroup));
    }

    /**
     * The metric variant's test of two non-empty scores. Bases are the effective sample sizes, which equal n for
     * unweighted scores, so a weighted table is tested with the information it really holds.
     */
    public static Comparison test(Metric metricOfTable, Variant variant, Score first, Score second) {
        String metric = ScoreCalculator.displayName(metricOfTable);
        return switch (variant) {
            case NET_SCORE -> {
                TwoSampleTest test = TwoSampleTest.waldZ(
                        first.value(), first.standardError(), second.value(), second.standardError());
                yield comparison(first, second, test, "Wald z-test for " + metric + " (SE₁² + SE₂²)");
            }
            case TOP_BOX_PERCENT -> {
                TwoSampleTest test = TwoSampleTest.pooledShares(
                        first.value() / 100, first.effectiveN(), second.value() / 100, second.effectiveN());
                yield comparison(first, second, test, "two-proportion z-test (pooled) for " + metric + " top-box %");
            }
            case MEAN -> {
                requireSpread(first);
                requireSpread(second);
                TwoSampleTest test = TwoSampleTest.welch(
                        first.value(),
                        first.standardError(),
                        first.effectiveN(),
                        second.value(),
                        second.standardError(),
                        second.effectiveN());
                yield comparison(
                        first,
                        second,
                        test,
                        String.format(
                                Locale.ROOT,
                                "Welch t-test for the %s mean (df = %.1f)",
                                metric,
                                test.degreesOfFreedom()));
            }
        };
    }

    private static Comparison comparison(Score first, Score second, TwoSampleTest test, String name) {
        return new Comparison(first, second, first.value() - second.value(), test.statistic(), test.pValue(), name);
    }

    private static Score group(ScoreTable table, String name) {
        Score score = table.groups().stream()
                .filter(s -> s.group().equals(name))
                .findFirst()
                .orElseThrow(() -> new ScoreException("The " + ScoreCalculator.displayName(table.metric())
                        + " table has no group '" + name + "'; its groups are "
                        + table.groups().stream().map(Score::group).limit(10).collect(Collectors.joining(", "))
                        + (table.groups().size() > 10 ? ", …" : "")));
        if (score.isEmpty()) {
            throw new ScoreException("Group '" + name + "' has no valid answers, so there is nothing to compare");
        }
        return score;
    }

    private static void requireSpread(Score score) {
        if (score.n() < 2 || !(score.effectiveN() > 1)) {
            throw new ScoreException("Group '" + score.group() + "' has a single answer; a t-test needs at least two");
        }
    }
}
