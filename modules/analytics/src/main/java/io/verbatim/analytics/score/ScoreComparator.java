package io.verbatim.analytics.score;

import io.verbatim.analytics.stat.TwoSampleTest;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Tests two groups of a score table against each other using only what the table holds (value, n, standard error),
 * so a saved or exported table can be tested without re-reading answers.
 */
final class ScoreComparator {

    private ScoreComparator() {}

    static Comparison compare(ScoreTable table, String firstGroup, String secondGroup) {
        Score first = group(table, firstGroup);
        Score second = group(table, secondGroup);
        String metric = ScoreCalculator.displayName(table.metric());
        return switch (table.variant()) {
            case NET_SCORE -> {
                TwoSampleTest test = TwoSampleTest.waldZ(
                        first.value(), first.standardError(), second.value(), second.standardError());
                yield comparison(first, second, test, "Wald z-test for " + metric + " (SE₁² + SE₂²)");
            }
            case TOP_BOX_PERCENT -> {
                TwoSampleTest test =
                        TwoSampleTest.pooledProportions(successes(first), first.n(), successes(second), second.n());
                yield comparison(first, second, test, "two-proportion z-test (pooled) for " + metric + " top-box %");
            }
            case MEAN -> {
                requireSpread(first);
                requireSpread(second);
                TwoSampleTest test = TwoSampleTest.welch(
                        first.value(),
                        first.standardError(),
                        first.n(),
                        second.value(),
                        second.standardError(),
                        second.n());
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

    /** The count behind a top-box percentage; exact because the percentage was a count divided by n. */
    private static long successes(Score score) {
        return Math.round(score.value() / 100 * score.n());
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
        if (score.n() < 2) {
            throw new ScoreException("Group '" + score.group() + "' has a single answer; a t-test needs at least two");
        }
    }
}
