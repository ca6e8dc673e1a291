package io.verbatim.analytics.score;

import io.verbatim.analytics.stat.PValueAdjustment;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Tests every segment of a breakdown against the rest of the sample, then adjusts the p-values together.
 *
 * <p>The comparison group is the rest (everyone outside the segment), not the total: the total contains the segment,
 * so the two samples would overlap, the two-sample tests' independence assumption would fail, and a large segment
 * would look closer to the total than it is to everybody else. Segment and rest are disjoint, so the usual Wald z,
 * two-proportion z and Welch t apply unchanged.
 */
final class SegmentHighlighter {

    private SegmentHighlighter() {}

    static Highlight highlight(ScoreTable table, QuestionGroups groups, PValueAdjustment adjustment, long minimumBase) {
        if (table.by() == null) {
            throw new ScoreException("A highlight needs a breakdown; pass a column to break the score down by");
        }
        long answered = table.groups().stream().filter(s -> !s.isEmpty()).count();
        if (answered < 2) {
            throw new ScoreException("A highlight needs at least two groups with answers; the breakdown by "
                    + table.by() + " has " + answered);
        }
        List<Score> rests = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        List<SegmentTest.Status> statuses = new ArrayList<>();
        for (Score segment : table.groups()) {
            Score rest = groups.score("rest", groups.restOf(segment.group()));
            rests.add(rest);
            SegmentTest.Status status = status(segment, rest, minimumBase);
            Comparison comparison = null;
            if (status == SegmentTest.Status.TESTED) {
                try {
                    comparison = ScoreComparator.test(table.metric(), table.variant(), segment, rest);
                } catch (ScoreException e) {
                    status = SegmentTest.Status.UNTESTABLE;
                }
            }
            comparisons.add(comparison);
            statuses.add(status);
        }
        double[] pValues = comparisons.stream()
                .mapToDouble(c -> c == null ? Double.NaN : c.pValue())
                .toArray();
        double[] adjusted = adjustment.adjust(pValues);
        List<SegmentTest> segments = new ArrayList<>();
        for (int i = 0; i < table.groups().size(); i++) {
            segments.add(new SegmentTest(
                    table.groups().get(i), rests.get(i), comparisons.get(i), adjusted[i], statuses.get(i)));
        }
        return new Highlight(table, adjustment, minimumBase, segments);
    }

    private static SegmentTest.Status status(Score segment, Score rest, long minimumBase) {
        if (segment.isEmpty() || rest.isEmpty()) {
            return SegmentTest.Status.UNTESTABLE;
        }
        if (segment.effectiveN() < minimumBase || rest.effectiveN() < minimumBase) {
            return SegmentTest.Status.LOW_BASE;
        }
        return SegmentTest.Status.TESTED;
    }
}
