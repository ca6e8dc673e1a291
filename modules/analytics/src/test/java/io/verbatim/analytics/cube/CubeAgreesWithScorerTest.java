package io.verbatim.analytics.cube;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.analytics.score.SurveyScorer;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The cube answers every filtered question exactly as the scorer answers it on a dataset holding only the rows the
 * filter keeps; the rows are picked here with plain Java, independently of the cube's bitmaps.
 */
class CubeAgreesWithScorerTest {

    private static final String[] REGIONS = {"Москва", "Санкт-Петербург", "Казань", "London", " "};
    private static final String[] CHANNELS = {"app", "web", "sms", "email"};
    private static final String[] STAGES = {"Onboarding", "Usage", "Support", "Renewal"};
    private static final String[] NPS = {"0", "3", "6", "7", "8", "9", "10", "", "N/A", "11"};
    private static final String[] CSAT = {"1", "2", "3", "4", "5", "", "5 - Very satisfied"};

    private final Random random = new Random(20261123);
    private final List<String[]> rows = generate(3000);
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
    private final Cube cube = Cube.of(repository, dataset("all", rows));

    @Test
    void everyMetricBreakdownAndTrendUnderRandomFiltersEqualsTheScorerOnTheKeptRows() {
        List<ScoreRequest> requests = List.of(
                ScoreRequest.of(Metric.NPS),
                ScoreRequest.of(Metric.NPS).by("stage"),
                ScoreRequest.of(Metric.NPS).by("region"),
                ScoreRequest.of(Metric.NPS).per(Period.MONTH),
                ScoreRequest.of(Metric.NPS).per(Period.WEEK),
                ScoreRequest.of(Metric.CSAT).by("channel"),
                ScoreRequest.of(Metric.CSAT).variant(Variant.MEAN).by("stage"),
                ScoreRequest.of(Metric.CSAT).variant(Variant.MEAN).per(Period.DAY));
        for (int query = 0; query < 40; query++) {
            String region = REGIONS[random.nextInt(REGIONS.length)];
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(60));
            LocalDate to = from.plusDays(1 + random.nextInt(60));
            List<Filter> filters = List.of(
                    Filter.in("region", Set.of(region)),
                    Filter.notIn("channel", Set.of(channel)),
                    Filter.dates(from, to));
            IntPredicate kept = row -> {
                String[] cells = rows.get(row);
                LocalDate day = LocalDate.parse(cells[3].substring(0, 10));
                return cells[0].strip().equals(region.strip())
                        && !cells[1].equals(channel)
                        && !day.isBefore(from)
                        && day.isBefore(to);
            };
            Dataset subset = dataset("subset" + query, keep(kept));
            for (ScoreRequest request : requests) {
                ScoreTable expected = new SurveyScorer(repository).score(subset, request);
                ScoreTable actual = cube.score(request, filters);
                assertSame(actual, expected, request + " with " + filters);
            }
        }
    }

    @Test
    void withoutFiltersTheCubeIsTheScorer() {
        for (ScoreRequest request : List.of(
                ScoreRequest.of(Metric.NPS).by("region"),
                ScoreRequest.of(Metric.CSAT).per(Period.MONTH),
                ScoreRequest.of(Metric.CSAT))) {
            assertSame(cube.score(request, List.of()), new SurveyScorer(repository).score(cube.dataset(), request), "");
        }
    }

    /**
     * Groups, their order and n exactly; values, intervals and errors to 1e−9 (a mean's variance summed in another
     * order differs in the last bit).
     */
    private static void assertSame(ScoreTable actual, ScoreTable expected, String what) {
        assertThat(actual.groups())
                .as(what)
                .extracting(Score::group)
                .isEqualTo(expected.groups().stream().map(Score::group).toList());
        assertThat(actual.groups())
                .as(what)
                .extracting(Score::n)
                .isEqualTo(expected.groups().stream().map(Score::n).toList());
        for (int i = 0; i < actual.groups().size(); i++) {
            Score a = actual.groups().get(i);
            Score e = expected.groups().get(i);
            double[] got = {a.value(), a.ciLow(), a.ciHigh(), a.standardError()};
            double[] want = {e.value(), e.ciLow(), e.ciHigh(), e.standardError()};
            for (int k = 0; k < got.length; k++) {
                if (Double.isNaN(want[k])) {
                    assertThat(got[k]).as(what).isNaN();
                } else {
                    assertThat(got[k]).as(what).isCloseTo(want[k], Offset.offset(1e-9));
                }
            }
        }
        assertThat(actual.definition()).isEqualTo(expected.definition());
        assertThat(actual.by()).isEqualTo(expected.by());
        assertThat(actual.question()).isEqualTo(expected.question());
    }

    private List<String[]> keep(IntPredicate kept) {
        List<String[]> subset = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            if (kept.test(row)) {
                subset.add(rows.get(row));
            }
        }
        return subset;
    }

    private List<String[]> generate(int count) {
        List<String[]> generated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(120));
            String time = random.nextBoolean() ? "" : "T" + String.format("%02d:17:00", random.nextInt(24));
            generated.add(new String[] {
                REGIONS[random.nextInt(REGIONS.length)],
                CHANNELS[random.nextInt(CHANNELS.length)],
                STAGES[random.nextInt(STAGES.length)],
                day + time,
                NPS[random.nextInt(NPS.length)],
                CSAT[random.nextInt(CSAT.length)]
            });
        }
        return generated;
    }

    private Dataset dataset(String name, List<String[]> kept) {
        Scale csat = new Scale(1, 5, java.util.Map.of("5 - very satisfied", 5));
        return repository
                .survey(name)
                .text("region", column(kept, 0))
                .text("channel", column(kept, 1))
                .text("stage", column(kept, 2))
                .dates("recorded", column(kept, 3))
                .question(
                        "nps",
                        "Recommend?",
                        new Question(MetricRole.NPS, Scale.of(0, 10), ScaleDirection.HIGHER_IS_BETTER),
                        column(kept, 4))
                .question(
                        "csat",
                        "Satisfied?",
                        new Question(MetricRole.CSAT, csat, ScaleDirection.HIGHER_IS_BETTER),
                        column(kept, 5))
                .build();
    }

    private static String column(List<String[]> kept, int index) {
        return String.join("|", kept.stream().map(cells -> cells[index]).toList());
    }
}
