package io.verbatim.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.dashboard.DashboardQuery;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.SmallSurvey;
import io.verbatim.app.testing.TestWiring;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);

    private DashboardViewModel dashboard(WorkspaceSession session, ScoreSource scores) {
        return new DashboardViewModel(
                session, new SynchronousJobRunner(), scores, english, new DashboardCharts(english));
    }

    @Test
    void scoresTheSelectedDatasetIntoTilesWithMarginBaseAndLowBaseWarning() {
        WorkspaceSession session = TestWiring.openSession(SmallSurvey.repository());

        DashboardViewModel viewModel = dashboard(session, ScoreSource.analytics());

        assertThat(viewModel.titleProperty().get()).isEqualTo("small");
        assertThat(viewModel.placeholderProperty().get()).isEmpty();
        assertThat(viewModel.tiles()).extracting(KpiTile::metric).containsExactly("NPS", "CSAT");
        KpiTile nps = viewModel.tiles().getFirst();
        assertThat(nps.margin()).startsWith("± ");
        assertThat(nps.base()).isEqualTo("n = 28");
        assertThat(nps.variant()).isEqualTo("net score");
        assertThat(nps.lowBase()).isTrue();
    }

    @Test
    void offersOnlyFewValuedTextColumnsForTheBreakdownAndDrawsBothCharts() {
        WorkspaceSession session = TestWiring.openSession(SmallSurvey.repository());

        DashboardViewModel viewModel = dashboard(session, ScoreSource.analytics());

        assertThat(viewModel.breakdownColumns()).containsExactly("region");
        assertThat(viewModel.metrics()).containsExactly(Metric.NPS, Metric.CSAT);
        assertThat(viewModel.metricProperty().get()).isEqualTo(Metric.NPS);
        assertThat(viewModel.drawnProperty().get().breakdown()).isNotNull();
        assertThat(viewModel.drawnProperty().get().trend()).isNotNull();
        assertThat(viewModel.segments()).containsExactly(new Segment("region", List.of("London", "Москва")));
        assertThat(viewModel.breakdownNoteProperty().get()).isEmpty();
    }

    @Test
    void choosingAnotherMetricRedrawsTheCharts() {
        WorkspaceSession session = TestWiring.openSession(SmallSurvey.repository());
        DashboardViewModel viewModel = dashboard(session, ScoreSource.analytics());
        var before = viewModel.drawnProperty().get().breakdown();

        viewModel.metricProperty().set(Metric.CSAT);

        assertThat(viewModel.drawnProperty().get().breakdown()).isNotSameAs(before);
        assertThat(viewModel
                        .drawnProperty()
                        .get()
                        .breakdown()
                        .getCategoryPlot()
                        .getRangeAxis()
                        .getLabel())
                .isEqualTo("CSAT, % top-2 box");
    }

    @Test
    void aTrendThatCannotBeScoredExplainsItselfAndSparesTheBreakdown() {
        WorkspaceSession session = TestWiring.openSession(SmallSurvey.repository());
        ScoreSource noDates =
                (repository, dataset) -> new DashboardQuery(Cube.of(repository, dataset), (request, f) -> {
                    if (request.period() != null) {
                        throw new ScoreException("The dataset has no response date column");
                    }
                    return table(request.metric());
                });

        DashboardViewModel viewModel = dashboard(session, noDates);

        assertThat(viewModel.drawnProperty().get().trend()).isNull();
        assertThat(viewModel.trendNoteProperty().get()).isEqualTo("The dataset has no response date column");
        assertThat(viewModel.drawnProperty().get().breakdown()).isNotNull();
    }

    @Test
    void withoutAWorkspaceItAsksForOne() {
        WorkspaceSession closed = new WorkspaceSession(new SynchronousJobRunner(), dir -> {
            throw new IllegalStateException("never opened");
        });

        DashboardViewModel viewModel = dashboard(closed, ScoreSource.analytics());

        assertThat(viewModel.tiles()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).isEqualTo("Open a workspace to see its dashboard.");
    }

    private static ScoreTable table(Metric metric) {
        return new ScoreTable(
                metric,
                metric.defaultVariant(),
                "small",
                metric.wireName(),
                null,
                List.of(new Score("Москва", 120, 31.0, 20.0, 41.0, 5.3)),
                metric.wireName());
    }
}
