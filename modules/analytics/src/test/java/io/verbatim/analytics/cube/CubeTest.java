package io.verbatim.analytics.cube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cube's scores on a table small enough to count by hand. */
class CubeTest {

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    /*
     * row:      1     2     3     4     5     6     7     8     9     10
     * region:   A     A     A     B     A     A     B     A     (blank) A
     * channel:  app   web   web   web   sms   web   app   app   web   sms
     * stage:    buy   buy   use   buy   use   buy   use   use   buy   buy
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
            .text("stage", "buy|buy|use|buy|use|buy|use|use|buy|buy")
            .dates(
                    "recorded",
                    "2025-01-03|2025-01-09|2025-01-20|2025-02-01|2025-02-11|2025-02-28T23:59:00|"
                            + "2025-02-14|2025-03-02|2025-03-05|2025-03-30")
            .build();

    private final Cube cube = Cube.of(repository, shop);

    @Test
    void scoresTheFilteredRowsByStageAsCountedByHand() {
        // Region = A and channel ≠ app: rows 2, 3, 5, 6, 10.
        //   buy: rows 2 (9), 6 (8), 10 (10) → P = 2, D = 0, n = 3 → NPS = 66.67
        //   use: rows 3 (3), 5 (6)          → P = 0, D = 2, n = 2 → NPS = −100
        ScoreTable table = cube.score(
                ScoreRequest.of(Metric.NPS).by("stage"),
                List.of(Filter.in("region", Set.of("A")), Filter.notIn("channel", Set.of("app"))));

        assertThat(table.by()).isEqualTo("stage");
        assertThat(table.groups()).extracting(Score::group).containsExactly("buy", "use");
        assertThat(table.groups()).extracting(Score::n).containsExactly(3L, 2L);
        assertThat(table.groups().get(0).value()).isCloseTo(200.0 / 3, within());
        assertThat(table.groups().get(1).value()).isCloseTo(-100, within());
        assertThat(cube.count(List.of(Filter.in("region", Set.of("A")), Filter.notIn("channel", Set.of("app")))))
                .isEqualTo(5);
    }

    @Test
    void aGroupWhoseSelectedRowsAllSkippedIsShownEmptyAndBlanksAreTheirOwnGroupLast() {
        // Region B: rows 4 (10, buy) and 7 (blank, use): "use" is present with n = 0.
        ScoreTable byStage =
                cube.score(ScoreRequest.of(Metric.NPS).by("stage"), List.of(Filter.in("region", Set.of("B"))));
        assertThat(byStage.groups()).extracting(Score::group).containsExactly("buy", "use");
        assertThat(byStage.groups()).extracting(Score::n).containsExactly(1L, 0L);
        assertThat(byStage.groups().get(1).value()).isNaN();

        // By region, unfiltered: A has 7 answers, B 1, (blank) 1 → A, B, then (blank) last.
        ScoreTable byRegion = cube.score(ScoreRequest.of(Metric.NPS).by("region"), List.of());
        assertThat(byRegion.groups()).extracting(Score::group).containsExactly("A", "B", "(blank)");
        assertThat(byRegion.groups()).extracting(Score::n).containsExactly(7L, 1L, 1L);
    }

    @Test
    void aTrendIsChronologicalAndADateFilterKeepsItsPeriodOnly() {
        // Months: 01 → 10, 9, 3 (P 2, D 1: 33.3); 02 → 10, 6, 8, blank (P 1, D 1, n 3: 0); 03 → 7, 0, 10 (P 1, D 1: 0).
        ScoreTable trend = cube.score(ScoreRequest.of(Metric.NPS).per(Period.MONTH), List.of());
        assertThat(trend.groups()).extracting(Score::group).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(trend.groups()).extracting(Score::n).containsExactly(3L, 3L, 3L);
        assertThat(trend.groups().get(0).value()).isCloseTo(100.0 / 3, within());

        // February only (to is exclusive): rows 4–7, and 28 Feb 23:59 is still February.
        List<Filter> february = List.of(Filter.dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)));
        assertThat(cube.count(february)).isEqualTo(4);
        Score all = cube.score(ScoreRequest.of(Metric.NPS), february).groups().getFirst();
        assertThat(all.group()).isEqualTo(Score.ALL);
        assertThat(all.n()).isEqualTo(3);
        assertThat(all.value()).isCloseTo(0, within());
    }

    @Test
    void aFilterOnAValueTheColumnDoesNotHoldSelectsNothingAndAnUnknownColumnIsRefused() {
        assertThat(cube.count(List.of(Filter.in("region", Set.of("Z"))))).isZero();
        Score none = cube.score(ScoreRequest.of(Metric.NPS), List.of(Filter.in("region", Set.of("Z"))))
                .groups()
                .getFirst();
        assertThat(none.n()).isZero();
        assertThat(none.value()).isNaN();
        assertThat(cube.score(ScoreRequest.of(Metric.NPS).by("stage"), List.of(Filter.in("region", Set.of("Z"))))
                        .groups())
                .isEmpty();
        assertThatThrownBy(() -> cube.count(List.of(Filter.in("country", Set.of("RU")))))
                .isInstanceOf(ScoreException.class)
                .hasMessage("Dataset shop has no column 'country' to filter by");
        assertThat(cube.values("region")).containsExactlyInAnyOrder("A", "B", "(blank)");
    }

    @Test
    void aFilteredViewShowsTheKeptRowsToAnyCalculatorAndChangesNothing() {
        FilteredView view =
                cube.view(List.of(Filter.in("region", Set.of("A")), Filter.notIn("channel", Set.of("app"))));

        assertThat(view.dataset().rows()).isEqualTo(5);
        assertThat(view.readColumn(view.dataset(), shop.column("nps").orElseThrow()))
                .containsExactly("9", "3", "6", "8", "10");
        // The scorer on the view gives the cube's own filtered answer.
        ScoreTable viaView = new io.verbatim.analytics.score.SurveyScorer(view)
                .score(view.dataset(), ScoreRequest.of(Metric.NPS).by("stage"));
        assertThat(viaView.groups()).extracting(Score::n).containsExactly(3L, 2L);
        assertThatThrownBy(() -> view.delete(view.dataset())).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cube.view(List.of()).dataset().rows()).isEqualTo(10);
    }

    @Test
    void aColumnWithManyDistinctValuesIsFilteredByScanningItsCodesWithTheSameAnswer() {
        // 2,000 rows, each with its own id: too many values for per-value bitmaps.
        int rows = Dimension.MAX_BITMAP_VALUES * 8;
        StringBuilder ids = new StringBuilder();
        StringBuilder nps = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            ids.append(row == 0 ? "" : "|").append("id-").append(row);
            nps.append(row == 0 ? "" : "|").append(row % 11);
        }
        Dataset wide = repository
                .survey("wide")
                .question(
                        "nps",
                        "Recommend?",
                        new Question(MetricRole.NPS, Scale.of(0, 10), ScaleDirection.HIGHER_IS_BETTER),
                        nps.toString())
                .text("id", ids.toString())
                .build();
        Cube wideCube = Cube.of(repository, wide);

        // id-10 (answer 10) and id-17 (answer 6): P = 1, D = 1 → 0; excluding them leaves rows − 2.
        Score two = wideCube.score(ScoreRequest.of(Metric.NPS), List.of(Filter.in("id", Set.of("id-10", "id-17"))))
                .groups()
                .getFirst();
        assertThat(two.n()).isEqualTo(2);
        assertThat(two.value()).isCloseTo(0, within());
        assertThat(wideCube.count(List.of(Filter.notIn("id", Set.of("id-10", "id-17")))))
                .isEqualTo(rows - 2);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
