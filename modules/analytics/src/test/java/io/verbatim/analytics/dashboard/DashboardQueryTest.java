package io.verbatim.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.FilterExpression;
import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.analytics.score.SurveyScorer;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers against the cube and the scorer for the same filter, on a table counted by hand. */
class DashboardQueryTest {

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    /*
     * row:      1     2     3     4     5     6     7     8     9     10
     * region:   A     A     A     B     A     A     B     A     (blank) A
     * channel:  app   web   web   web   sms   web   app   app   web   sms
     * nps:      10    9     3     10    6     8     ""    7     0     10
     * month:    01    01    01    02    02    02    02    03    03    03   (2025)
     */
    private final Dataset shop = repository
            .survey("shop")
            .question(
                    "nps",
                    "Recommend?",
                    new Question(MetricRole.NPS, Scale.of(0, 10), ScaleDirection.HIGHER_IS_BETTER),
                    "10|9|3|10|6|8||7|0|10")
            .text("region", "A|A|A|B|A|A|B|A| |A")
            .text("channel", "app|web|web|web|sms|web|app|app|web|sms")
            .text(
                    "comment",
                    "Fast delivery|Slow delivery, rude courier||Great app|Delivered late|Fine|ok|nice courier| |Доставка")
            .dates(
                    "recorded",
                    "2025-01-03|2025-01-09|2025-01-20|2025-02-01|2025-02-11|2025-02-28|"
                            + "2025-02-14|2025-03-02|2025-03-05|2025-03-30")
            .build();

    private final DashboardQuery query = new DashboardQuery(Cube.of(repository, shop));

    @Test
    void everyWidgetEqualsTheScorerOnTheSameFilterExpression() {
        DashboardFilters filters = DashboardFilters.none()
                .with("region", Set.of("A"))
                .with("channel", Set.of("web", "sms"))
                .withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1));

        DashboardResult result = query.compute(filters, Metric.NPS, "channel");

        // Rows 2 (9), 3 (3), 5 (6), 6 (8): P = 1, D = 2, n = 4 → NPS = −25.
        Score nps = result.tiles().getFirst().overall();
        assertThat(nps.n()).isEqualTo(4);
        assertThat(nps.value()).isCloseTo(-25, within(1e-9));
        assertThat(result.rows()).isEqualTo(4);
        Cube fresh = Cube.of(repository, shop);
        List<io.verbatim.analytics.cube.Filter> same = FilterExpression.parse(filters.expression());
        assertThat(result.tiles().getFirst().table()).isEqualTo(fresh.score(ScoreRequest.of(Metric.NPS), same));
        assertThat(result.breakdown())
                .contains(fresh.score(ScoreRequest.of(Metric.NPS).by("channel"), same));
        assertThat(result.trend())
                .contains(fresh.score(ScoreRequest.of(Metric.NPS).per(Period.MONTH), same));
        assertThat(result.trend().orElseThrow().groups())
                .extracting(Score::group)
                .containsExactly("2025-01", "2025-02");
    }

    @Test
    void withoutFiltersTheTileIsTheScorersHeadline() {
        ScoreTable scorer = new SurveyScorer(repository).score(shop, ScoreRequest.of(Metric.NPS));

        KpiFigure tile =
                query.compute(DashboardFilters.none(), Metric.NPS, null).tiles().getFirst();

        assertThat(tile.overall().value()).isCloseTo(scorer.groups().getFirst().value(), within(1e-9));
        assertThat(tile.overall().n()).isEqualTo(scorer.groups().getFirst().n());
        assertThat(tile.change()).isEmpty(); // no period, nothing to compare with
    }

    @Test
    void aPeriodIsComparedWithThePeriodOfTheSameLengthBefore() {
        // February (28 days: rows 4, 5, 6, 7) against the 28 days before it (Jan 4 – Jan 31: rows 2, 3).
        DashboardFilters february =
                DashboardFilters.none().withPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1));

        Comparison change = query.compute(february, Metric.NPS, null)
                .tiles()
                .getFirst()
                .change()
                .orElseThrow();

        assertThat(february.previousPeriod().orElseThrow().from()).isEqualTo(LocalDate.of(2025, 1, 4));
        assertThat(change.first().n()).isEqualTo(3); // 10, 6, 8 (row 7 is blank)
        assertThat(change.second().n()).isEqualTo(2); // 9, 3
        assertThat(change.difference())
                .isCloseTo(change.first().value() - change.second().value(), within(1e-9));
        assertThat(change.pValue()).isBetween(0.0, 1.0);
    }

    @Test
    void aRiseOfAMeanOnAReversedScaleIsNotGoodNews() {
        InMemoryDatasetRepository effort = new InMemoryDatasetRepository();
        Dataset reversed = effort.survey("effort")
                .question(
                        "ces",
                        "Effort?",
                        new Question(MetricRole.CES, Scale.of(1, 7), ScaleDirection.LOWER_IS_BETTER),
                        "1|2|3|7")
                .question(
                        "nps",
                        "Recommend?",
                        new Question(MetricRole.NPS, Scale.of(0, 10), ScaleDirection.HIGHER_IS_BETTER),
                        "10|9|3|7")
                .build();

        List<KpiFigure> tiles = new DashboardQuery(Cube.of(effort, reversed))
                .compute(DashboardFilters.none(), Metric.NPS, null)
                .tiles();

        assertThat(tiles).extracting(KpiFigure::metric).containsExactly(Metric.NPS, Metric.CES);
        assertThat(tiles).extracting(KpiFigure::higherIsBetter).containsExactly(true, false);
        assertThat(query.compute(DashboardFilters.none(), Metric.NPS, null)
                        .tiles()
                        .getFirst()
                        .higherIsBetter())
                .isTrue();
    }

    @Test
    void crossFilteringTogglesAValueOnAndOff() {
        DashboardFilters one = DashboardFilters.none().toggle("region", "A");
        DashboardFilters two = one.toggle("region", "B");
        DashboardFilters back = two.toggle("region", "A");

        assertThat(one.values("region")).containsExactly("A");
        assertThat(two.values("region")).containsExactly("A", "B");
        assertThat(back.values("region")).containsExactly("B");
        assertThat(back.toggle("region", "B").isEmpty()).isTrue();
        assertThat(query.compute(two, Metric.NPS, "region").rows()).isEqualTo(9);
    }

    @Test
    void aDrillDownListsTheNonBlankCommentsOfTheGroupUnderTheFilters() {
        DashboardFilters filters = DashboardFilters.none().with("channel", Set.of("web", "sms"));

        DrillDown regionA = query.group(filters, Metric.NPS, "region", "A", "comment");

        // Region A and web/sms: rows 2, 3, 5, 6, 10; row 3 has no comment.
        assertThat(regionA.rows()).isEqualTo(5);
        assertThat(regionA.total()).isEqualTo(4);
        assertThat(regionA.verbatims())
                .extracting(Verbatim::text)
                .containsExactly("Slow delivery, rude courier", "Delivered late", "Fine", "Доставка");
        assertThat(regionA.verbatims().getFirst().score()).isEqualTo("9");
        assertThat(regionA.verbatims().getFirst().date()).isEqualTo("2025-01-09");
    }

    @Test
    void aTrendPointDrillsDownToItsMonth() {
        DrillDown march = query.month(DashboardFilters.none(), Metric.NPS, "2025-03", "comment");

        assertThat(march.rows()).isEqualTo(3);
        assertThat(march.verbatims()).extracting(Verbatim::text).containsExactly("nice courier", "Доставка");
    }

    @Test
    void findsFewValuedSegmentsAndTheCommentColumn() {
        DashboardColumns columns = DashboardColumns.find(repository, shop, JobContext.none());

        assertThat(columns.segments()).containsExactly("region", "channel");
        assertThat(columns.textColumn()).isEqualTo("comment"); // named so: never a segment, though it has few values
    }

    @Test
    void presetsCountBackFromTheLastResponseDay() {
        LocalDate last = query.cube().dateSpan().getLast();
        DashboardFilters days = PeriodPreset.LAST_30_DAYS.apply(DashboardFilters.none(), last);

        assertThat(last).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(days.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(days.to()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(query.compute(days, Metric.NPS, null).rows()).isEqualTo(3);
        assertThat(PeriodPreset.ALL.apply(days, last).isEmpty()).isTrue();
    }

    @Test
    void anExpressionReadsBackToTheSameFilters() {
        DashboardFilters filters =
                DashboardFilters.none().with("region", Set.of("A", "")).withPeriod(LocalDate.of(2025, 1, 1), null);

        assertThat(DashboardFilters.parse(filters.expression())).isEqualTo(filters);
    }
}
