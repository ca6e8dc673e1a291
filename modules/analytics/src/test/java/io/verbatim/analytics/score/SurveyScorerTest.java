package io.verbatim.analytics.score;

import static io.verbatim.analytics.score.Answers.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyScorerTest {

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
    private final SurveyScorer scorer = new SurveyScorer(repository);

    /**
     * Ten responses. NPS column Q1; region breakdown; two date columns, of which RecordedDate is the response date.
     */
    private final Dataset shop = repository
            .survey("shop")
            .question(
                    "Q1",
                    "How likely are you to recommend us?",
                    question(MetricRole.NPS, 0, 10),
                    "10|9|0|8|10||6|10|7|9")
            .question("Q2", "Overall satisfaction", question(MetricRole.CSAT, 1, 5), "5|4|2|4|5|3|1|N/A|5|4")
            .text("region", "North|South|North||South|East|North|West| |West")
            .dates(
                    "StartDate",
                    "2020-01-01|2020-01-01|2020-01-01|2020-01-01|2020-01-01|2020-01-01|2020-01-01|2020-01-01|2020-01-01|2020-01-01")
            .dates(
                    "RecordedDate",
                    "2024-01-15T10:00:00|2024-01-31|2024-02-01T00:00:01|not a date||2024-03-10 09:00"
                            + "|2023-12-31T23:59:59|2024-03-04|2024-12-30|2024-12-29T12:00:00")
            .build();

    @Test
    void leavesBlanksNaAndOutOfScaleCellsOutOfTheDenominator() {
        Dataset skips = repository
                .survey("skips")
                .question(
                        "nps", "NPS", question(MetricRole.NPS, 0, 10), "10|9||N/A|0|-1|11|6|8|  |10 - Extremely likely")
                .build();

        Score all = scorer.score(skips, ScoreRequest.of(Metric.NPS)).groups().getFirst();

        // Valid: 10, 9, 0, 6, 8, 10 → n = 6; P = 3, D = 2 → (3 − 2)/6 = 16.67.
        // A DAX-style "blank ≤ 6" would add 3 blanks and N/A as detractors: n = 10, (3 − 6)/10 = −30.
        assertThat(all.n()).isEqualTo(6);
        assertThat(all.value()).isCloseTo(16.667, within(0.001));
    }

    @Test
    void scoresTheWholeDatasetAsOneGroupWithItsDefinition() {
        ScoreTable table = scorer.score(shop, ScoreRequest.of(Metric.NPS));

        // Valid: 10 9 0 8 10 6 10 7 9 (one blank) → n = 9; P = 5, D = 2 → (5 − 2)/9 = 33.33.
        assertThat(table.groups()).extracting(Score::group, Score::n).containsExactly(tuple("all", 9L));
        assertThat(table.groups().getFirst().value()).isCloseTo(33.333, within(0.001));
        assertThat(table.metric()).isEqualTo(Metric.NPS);
        assertThat(table.variant()).isEqualTo(Variant.NET_SCORE);
        assertThat(table.dataset()).isEqualTo("shop");
        assertThat(table.question()).isEqualTo("Q1");
        assertThat(table.by()).isNull();
        assertThat(table.definition()).startsWith("NPS = % promoters (9–10) − % detractors (0–6)");
    }

    @Test
    void breaksDownByColumnLargestGroupFirstAndBlankLast() {
        ScoreTable table = scorer.score(shop, ScoreRequest.of(Metric.NPS).by("region"));

        // North: 10, 0, 6 → P 1, D 2 → −33.33. South: 9, 10 → 100. West: 10, 9 → 100.
        // East: its only answer is blank → n = 0, NaN. Blank region (8 and 7) → passives only → 0.
        assertThat(table.by()).isEqualTo("region");
        assertThat(table.groups())
                .extracting(Score::group, Score::n, s -> rounded(s.value()))
                .containsExactly(
                        tuple("North", 3L, -33.33),
                        tuple("South", 2L, 100.0),
                        tuple("West", 2L, 100.0),
                        tuple("East", 0L, Double.NaN),
                        tuple("(blank)", 2L, 0.0));
    }

    @ParameterizedTest(name = "per {0}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # period | groups (n) in chronological order
            MONTH    | 2023-12 (1), 2024-01 (2), 2024-02 (1), 2024-03 (1), 2024-12 (2)
            WEEK     | 2023-W52 (1), 2024-W03 (1), 2024-W05 (2), 2024-W10 (1), 2024-W52 (1), 2025-W01 (1)
            DAY      | 2023-12-31 (1), 2024-01-15 (1), 2024-01-31 (1), 2024-02-01 (1), 2024-03-04 (1), \
                       2024-03-10 (0), 2024-12-29 (1), 2024-12-30 (1)
            """)
    void bucketsByTheResponseDateInChronologicalOrder(Period period, String expected) {
        ScoreTable table = scorer.score(shop, ScoreRequest.of(Metric.NPS).per(period));

        // RecordedDate is used, not StartDate (all 2020-01-01). "not a date" and the blank date belong to no period.
        // 2024-03-10 holds only a blank answer, so its period has n = 0 (a March group still has 2024-03-04's 10).
        // ISO weeks: Sun 2023-12-31 ends 2023-W52; Mon 2024-01-15 is W03; Wed 01-31 and Thu 02-01 share W05;
        // Mon 03-04 and Sun 03-10 are W10; Sun 2024-12-29 ends 2024-W52; Mon 2024-12-30 starts 2025-W01.
        List<String> groups =
                table.groups().stream().map(s -> s.group() + " (" + s.n() + ")").toList();
        assertThat(groups)
                .containsExactlyElementsOf(Arrays.asList(expected.strip().split(",\\s*")));
        assertThat(table.by()).isEqualTo(period.wireName());
    }

    @Test
    void scoresEachMonthOfATrend() {
        ScoreTable table = scorer.score(shop, ScoreRequest.of(Metric.NPS).per(Period.MONTH));

        // 2023-12: 6 → −100. 2024-01: 10, 9 → 100. 2024-02: 0 → −100. 2024-03: 10 → 100. 2024-12: 7, 9 → 50.
        assertThat(table.groups())
                .extracting(Score::group, Score::value)
                .containsExactly(
                        tuple("2023-12", -100.0),
                        tuple("2024-01", 100.0),
                        tuple("2024-02", -100.0),
                        tuple("2024-03", 100.0),
                        tuple("2024-12", 50.0));
    }

    @Test
    void refusesATrendWithoutADateColumn() {
        Dataset undated = repository
                .survey("undated")
                .question("nps", "NPS", question(MetricRole.NPS, 0, 10), "10")
                .build();

        assertThatThrownBy(
                        () -> scorer.score(undated, ScoreRequest.of(Metric.NPS).per(Period.MONTH)))
                .isInstanceOf(ScoreException.class)
                .hasMessageStartingWith("Dataset undated has no response-date column");
    }

    @Test
    void fallsBackToTheFirstDateColumnWhenNoneHasAKnownName() {
        Dataset dataset = repository
                .survey("odd")
                .question("nps", "NPS", question(MetricRole.NPS, 0, 10), "10|0")
                .dates("when", "2024-05-01|2024-06-01")
                .build();

        ScoreTable table = scorer.score(dataset, ScoreRequest.of(Metric.NPS).per(Period.MONTH));

        assertThat(table.groups()).extracting(Score::group).containsExactly("2024-05", "2024-06");
    }

    @Test
    void explainsHowToFixADatasetWithoutTheMetricsQuestion() {
        assertThatThrownBy(() -> scorer.score(shop, ScoreRequest.of(Metric.CES)))
                .isInstanceOf(ScoreException.class)
                .hasMessage("Dataset shop has no CES question; mark one in the import wizard or pass --question");
        assertThatThrownBy(() -> scorer.score(shop, ScoreRequest.of(Metric.ENPS)))
                .hasMessage("Dataset shop has no eNPS question; mark one in the import wizard or pass --question");
    }

    @Test
    void findsANamedQuestionByKeyOrLabel() {
        ScoreTable byKey = scorer.score(shop, ScoreRequest.of(Metric.CSAT).question("q2"));
        ScoreTable byLabel = scorer.score(shop, ScoreRequest.of(Metric.CSAT).question("Overall satisfaction"));

        // Valid: 5 4 2 4 5 3 1 5 4 (N/A dropped) → n = 9; 4–5: 5,4,4,5,5,4 = 6 → 66.67%.
        assertThat(byKey.groups().getFirst().n()).isEqualTo(9);
        assertThat(byKey.groups().getFirst().value()).isCloseTo(66.667, within(0.001));
        assertThat(byLabel).isEqualTo(byKey);
    }

    @Test
    void refusesToScoreAQuestionMarkedForAnotherMetric() {
        assertThatThrownBy(() -> scorer.score(shop, ScoreRequest.of(Metric.NPS).question("Q2")))
                .isInstanceOf(ScoreException.class)
                .hasMessage("Column 'Q2' of dataset shop is marked as CSAT, not NPS;"
                        + " only questions marked NPS are scored as NPS");
    }

    @Test
    void refusesAColumnThatIsNotARatingQuestion() {
        assertThatThrownBy(() -> scorer.score(shop, ScoreRequest.of(Metric.NPS).question("region")))
                .isInstanceOf(ScoreException.class)
                .hasMessage("Column 'region' of dataset shop is not a rating question;"
                        + " mark it as NPS in the import wizard");
    }

    @Test
    void refusesUnknownQuestionAndBreakdownColumns() {
        assertThatThrownBy(() -> scorer.score(shop, ScoreRequest.of(Metric.NPS).question("Q9")))
                .hasMessage("Dataset shop has no column 'Q9'");
        assertThatThrownBy(() -> scorer.score(shop, ScoreRequest.of(Metric.NPS).by("country")))
                .hasMessage("Dataset shop has no column 'country' to break down by");
    }

    @Test
    void refusesAnNpsQuestionOnAFivePointScaleEvenWithoutValidAnswers() {
        Dataset fivePoint = repository
                .survey("five")
                .question("nps", "Recommend?", question(MetricRole.NPS, 1, 5), "")
                .build();

        assertThatThrownBy(() -> scorer.score(fivePoint, ScoreRequest.of(Metric.NPS)))
                .isInstanceOf(ScoreException.class)
                .hasMessageContaining("NPS needs a 0–10 question, but this one is on a 1–5 scale");
    }

    @Test
    void refusesAVariantNoToolPublishes() {
        assertThatThrownBy(() -> scorer.score(shop, ScoreRequest.of(Metric.NPS).variant(Variant.MEAN)))
                .isInstanceOf(ScoreException.class)
                .hasMessage("NPS is reported as net-score only, not mean");
    }

    @Test
    void labelsCsatTopBoxAndMeanDifferently() {
        ScoreTable topBox = scorer.score(shop, ScoreRequest.of(Metric.CSAT));
        ScoreTable mean = scorer.score(shop, ScoreRequest.of(Metric.CSAT).variant(Variant.MEAN));

        // Mean of 5 4 2 4 5 3 1 5 4 = 33/9 = 3.667.
        assertThat(topBox.variant()).isEqualTo(Variant.TOP_BOX_PERCENT);
        assertThat(topBox.definition()).startsWith("CSAT (top-box %)");
        assertThat(mean.variant()).isEqualTo(Variant.MEAN);
        assertThat(mean.definition()).startsWith("CSAT (mean)");
        assertThat(mean.groups().getFirst().value()).isCloseTo(3.667, within(0.001));
    }

    @Test
    void comparesTwoSegmentsOfABreakdown() {
        ScoreTable table = scorer.score(shop, ScoreRequest.of(Metric.NPS).by("region"));

        Comparison comparison = scorer.compare(table, "North", "South");

        // North −33.33 (n 3), South 100 (n 2, all promoters, SE 0). Far too few answers to mean much, but the
        // arithmetic is the Wald test: SE_North = √((1/3 + 2/3 − 1/9)/3) × 100 = 54.43 → z = −133.33/54.43 = −2.449.
        assertThat(comparison.difference()).isCloseTo(-133.333, within(0.001));
        assertThat(comparison.statistic()).isCloseTo(-2.449, within(0.001));
    }

    @Test
    void scoresTheHeadlineOfEveryMarkedMetricReadingEachColumnOnce() {
        var headline = scorer.headline(shop);

        assertThat(headline).containsOnlyKeys(Metric.NPS, Metric.CSAT);
        assertThat(headline.get(Metric.NPS).groups().getFirst().value()).isCloseTo(33.333, within(0.001));
        assertThat(headline.get(Metric.CSAT).variant()).isEqualTo(Variant.TOP_BOX_PERCENT);
        assertThat(repository.columnReads()).isEqualTo(2);
    }

    /** Two decimals, keeping NaN (Math.round would turn an empty group's NaN into 0). */
    private static double rounded(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
    }
}
