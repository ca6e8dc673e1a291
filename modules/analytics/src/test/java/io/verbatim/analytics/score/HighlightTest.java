package io.verbatim.analytics.score;

import static io.verbatim.analytics.score.Answers.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.analytics.stat.PValueAdjustment;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Every segment against the rest of the sample, with the p-values adjusted together. */
class HighlightTest {

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
    private final SurveyScorer scorer = new SurveyScorer(repository);

    @Test
    void testsEachSegmentAgainstTheRestWithTheWaldZAndAdjustsWithHolm() {
        // A: n 100, P 60, D 10 → NPS 50. B: n 100, P 30, D 30 → 0. C: n 100, P 40, D 20 → 20.
        Dataset survey = survey(List.of(segment("A", 60, 30, 10), segment("B", 30, 40, 30), segment("C", 40, 40, 20)));

        Highlight highlight =
                scorer.highlight(survey, ScoreRequest.of(Metric.NPS).by("region"), null, PValueAdjustment.HOLM, 30);

        // A vs rest (B + C: n 200, P 70, D 50 → 10): Var_A = .6 + .1 − .25 = .45, Var_rest = .6 − .1² = .59;
        // z = .40 / √(.45/100 + .59/200) = .40 / .086313 = 4.6343.
        // B vs rest (A + C: n 200, P 100, D 30 → 35): Var_B = .6, Var_rest = .65 − .35² = .5275;
        // z = −.35 / √(.006 + .0026375) = −3.7659.
        // C vs rest (A + B: n 200, P 90, D 40 → 25): Var_C = .6 − .2² = .56, Var_rest = .65 − .25² = .5875;
        // z = −.05 / √(.0056 + .0029375) = −.5411.
        SegmentTest a = highlight.segments().get(0);
        SegmentTest b = highlight.segments().get(1);
        SegmentTest c = highlight.segments().get(2);
        assertThat(a.rest().value()).isCloseTo(10.0, within(1e-9));
        assertThat(a.comparison().statistic()).isCloseTo(4.6343, within(0.0001));
        assertThat(b.comparison().statistic()).isCloseTo(-3.7659, within(0.0001));
        assertThat(c.comparison().statistic()).isCloseTo(-0.5411, within(0.0001));
        // Holm over m = 3, smallest first: 3·p_A, then max(that, 2·p_B), then max(that, 1·p_C).
        double pA = twoSided(4.6343);
        double pB = twoSided(3.7659);
        double pC = twoSided(0.5411);
        assertThat(a.adjustedP()).isCloseTo(3 * pA, within(1e-6));
        assertThat(b.adjustedP()).isCloseTo(2 * pB, within(1e-6));
        assertThat(c.adjustedP()).isCloseTo(pC, within(1e-4));
        assertThat(highlight.segments()).extracting(SegmentTest::significant).containsExactly(true, true, false);
        assertThat(highlight.tested()).isEqualTo(3);
        assertThat(highlight.definition())
                .contains("rest of the sample")
                .contains("Holm")
                .contains("3 tested");
    }

    @Test
    void showsButDoesNotTestASegmentBelowTheMinimumBase() {
        // X and Y have 40 answers each, Z has 10: Z is below 30 and leaves the family, so m = 2.
        Dataset survey = survey(List.of(segment("X", 20, 10, 10), segment("Y", 10, 10, 20), segment("Z", 5, 5, 0)));

        Highlight highlight = scorer.highlight(
                survey, ScoreRequest.of(Metric.NPS).by("region"), null, PValueAdjustment.BENJAMINI_HOCHBERG, 30);

        assertThat(highlight.segments())
                .extracting(SegmentTest::status)
                .containsExactly(SegmentTest.Status.TESTED, SegmentTest.Status.TESTED, SegmentTest.Status.LOW_BASE);
        assertThat(highlight.segments().get(2).comparison()).isNull();
        assertThat(highlight.segments().get(2).significant()).isFalse();
        assertThat(highlight.tested()).isEqualTo(2);
    }

    @Test
    void refusesABreakdownWithASingleAnsweredGroup() {
        Dataset survey = survey(List.of(segment("only", 5, 5, 5)));

        assertThatThrownBy(() -> scorer.highlight(
                        survey, ScoreRequest.of(Metric.NPS).by("region"), null, PValueAdjustment.HOLM, 30))
                .isInstanceOf(ScoreException.class)
                .hasMessageContaining("at least two groups");
    }

    private static double twoSided(double z) {
        return 2 * NormalDistribution.of(0, 1).survivalProbability(z);
    }

    /** A segment's rows: promoters answer 10, passives 8, detractors 3. */
    private static List<String[]> segment(String name, int promoters, int passives, int detractors) {
        List<String[]> rows = new ArrayList<>();
        rows.addAll(Collections.nCopies(promoters, new String[] {name, "10"}));
        rows.addAll(Collections.nCopies(passives, new String[] {name, "8"}));
        rows.addAll(Collections.nCopies(detractors, new String[] {name, "3"}));
        return rows;
    }

    private Dataset survey(List<List<String[]>> segments) {
        List<String> regions = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        segments.forEach(rows -> rows.forEach(row -> {
            regions.add(row[0]);
            answers.add(row[1]);
        }));
        return repository
                .survey("regions")
                .question("nps", "NPS", question(MetricRole.NPS, 0, 10), String.join("|", answers))
                .text("region", String.join("|", regions))
                .build();
    }
}
