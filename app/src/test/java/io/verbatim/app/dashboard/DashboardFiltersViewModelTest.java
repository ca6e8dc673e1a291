package io.verbatim.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.FilterExpression;
import io.verbatim.analytics.dashboard.PeriodPreset;
import io.verbatim.analytics.dashboard.Verbatim;
import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.SmallSurvey;
import io.verbatim.app.testing.TestWiring;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Global filters, cross-filtering and the drill-down, checked against the cube for the same filter expression. */
class DashboardFiltersViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private final InMemoryDatasetRepository repository = SmallSurvey.repository();
    private final WorkspaceSession session = TestWiring.openSession(repository);
    private final DashboardViewModel viewModel = new DashboardViewModel(
            session, new SynchronousJobRunner(), ScoreSource.analytics(), english, new DashboardCharts(english));

    @Test
    void everyWidgetEqualsTheCubeForTheSameFilterExpression() {
        viewModel.setValues("region", Set.of("Москва"));
        viewModel.setPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31));

        String expression = viewModel.filtersProperty().get().expression();
        assertThat(expression).isEqualTo("region=Москва;date>=2025-02-01;date<2025-04-01");
        Dataset small = repository.dataset("small").orElseThrow();
        Cube cube = Cube.of(repository, small);
        var filters = FilterExpression.parse(expression);
        ScoreFormat format = new ScoreFormat(english);
        ScoreTable nps = cube.score(ScoreRequest.of(Metric.NPS), filters);
        ScoreTable csat = cube.score(ScoreRequest.of(Metric.CSAT), filters);
        assertThat(viewModel.tiles())
                .extracting(KpiTile::value)
                .containsExactly(
                        format.tile(Metric.NPS, nps).value(),
                        format.tile(Metric.CSAT, csat).value());
        assertThat(viewModel.tiles())
                .extracting(KpiTile::base)
                .containsExactly(
                        format.tile(Metric.NPS, nps).base(),
                        format.tile(Metric.CSAT, csat).base());
        assertThat(viewModel.drawnProperty().get().breakdownTable())
                .isEqualTo(cube.score(ScoreRequest.of(Metric.NPS).by("region"), filters));
        assertThat(viewModel.drawnProperty().get().trendTable())
                .isEqualTo(cube.score(ScoreRequest.of(Metric.NPS).per(Period.MONTH), filters));
        assertThat(viewModel.rowsKeptProperty().get()).isEqualTo(cube.count(filters) + " of 28 rows");
        assertThat(viewModel.chips()).extracting(FilterChip::label).contains("region: Москва");
    }

    @Test
    void aPeriodTileShowsTheChangeAgainstThePreviousPeriodWithItsTest() {
        viewModel.applyPreset(PeriodPreset.LAST_30_DAYS); // 2025-02-11 … 2025-03-12, against the 30 days before

        KpiTile nps = viewModel.tiles().getFirst();
        assertThat(nps.change()).endsWith("vs the previous 30 days");
        assertThat(nps.mark()).isNotEqualTo(KpiTile.ChangeMark.NONE);
        assertThat(nps.changeDetail()).contains("Wald z-test");

        viewModel.applyPreset(PeriodPreset.ALL);
        assertThat(viewModel.tiles().getFirst().mark()).isEqualTo(KpiTile.ChangeMark.NONE);
    }

    @Test
    void clickingABarAddsItsValueAsAFilterAndClickingAgainRemovesIt() {
        viewModel.clickBar("London");

        assertThat(viewModel.filtersProperty().get().values("region")).containsExactly("London");
        assertThat(viewModel.chips()).extracting(FilterChip::label).containsExactly("region: London");
        assertThat(viewModel.tiles().getFirst().base()).isEqualTo("n = 14");
        assertThat(viewModel.drillDownProperty().get().title()).isEqualTo("region: London");

        viewModel.clickBar("London");

        assertThat(viewModel.filtersProperty().get().isEmpty()).isTrue();
        assertThat(viewModel.chips()).isEmpty();
        assertThat(viewModel.tiles().getFirst().base()).isEqualTo("n = 28");
    }

    @Test
    void removingAChipOrClearingAllDropsTheFilters() {
        viewModel.setValues("region", Set.of("London", "Москва"));
        viewModel.applyPreset(PeriodPreset.YEAR);
        assertThat(viewModel.chips()).hasSize(3);

        viewModel.removeChip(viewModel.chips().getFirst()); // the period
        assertThat(viewModel.filtersProperty().get().from()).isNull();
        assertThat(viewModel.chips()).extracting(FilterChip::value).containsExactlyInAnyOrder("London", "Москва");

        viewModel.clearFilters();
        assertThat(viewModel.chips()).isEmpty();
        assertThat(viewModel.tiles().getFirst().base()).isEqualTo("n = 28");
    }

    @Test
    void theDrillDownListsTheGroupsCommentsUnderTheFiltersAndSearchesThem() {
        viewModel.applyPreset(PeriodPreset.YEAR);
        viewModel.setPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)); // rows 0, 3, 6, …, 27

        viewModel.drillDownGroup("region", "Москва"); // even rows of January: 0, 6, 12, 18, 24

        DrillDownModel comments = viewModel.drillDownProperty().get();
        assertThat(comments.shown())
                .extracting(Verbatim::text)
                .containsExactly("comment 0", "comment 6", "comment 12", "comment 18", "comment 24");
        assertThat(comments.shown().getFirst().score()).isEqualTo("0");
        assertThat(comments.summaryProperty().get()).isEqualTo("5 of 5 comments");

        comments.searchProperty().set("Comment 1"); // "1" is too short to search for: every comment matches
        assertThat(comments.shown()).hasSize(5);
        comments.searchProperty().set("comm 12");
        assertThat(comments.shown()).extracting(Verbatim::text).containsExactly("comment 12");
        assertThat(comments.terms()).containsExactly("comm", "12");
        assertThat(comments.summaryProperty().get()).isEqualTo("1 of 5 comments");

        viewModel.closeDrillDown();
        assertThat(viewModel.drillDownProperty().get()).isNull();
    }

    @Test
    void aTrendPointListsItsMonthsComments() {
        viewModel.drillDownMonth("2025-02");

        // February: rows 1, 4, 7, …, 25 (i % 3 == 1).
        assertThat(viewModel.drillDownProperty().get().shown()).hasSize(9);
        assertThat(viewModel.drillDownProperty().get().shown().getFirst().date())
                .startsWith("2025-02-10");
    }
}
