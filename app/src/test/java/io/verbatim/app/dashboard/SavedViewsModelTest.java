package io.verbatim.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.RealWorkspace;
import io.verbatim.domain.dashboard.SavedView;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.score.Metric;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved dashboard views on a real H2 workspace: saved, listed, applied in a new session, deleted. */
class SavedViewsModelTest {

    private static final String[] REGIONS = {"Москва", "Казань", "Berlin"};
    private static final String[] CHANNELS = {"app", "web"};

    @TempDir
    Path home;

    private final Messages english = Messages.of(Language.ENGLISH);

    @Test
    void aSavedViewComesBackInANewSessionWithItsFiltersBreakdownAndMetric() {
        try (RealWorkspace real = RealWorkspace.open(home)) {
            importSurvey(real);
            DashboardViewModel dashboard = dashboard(real);
            dashboard.metricProperty().set(Metric.CSAT);
            dashboard.breakdownColumnProperty().set("channel");
            dashboard.setValues("region", Set.of("Москва", "Berlin"));
            dashboard.setPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31));

            dashboard.savedViews().save("  Moscow and Berlin, spring ");

            assertThat(dashboard.savedViews().views())
                    .extracting(SavedView::name)
                    .containsExactly("Moscow and Berlin, spring");
        }
        try (RealWorkspace reopened = RealWorkspace.open(home)) {
            reopened.session().refresh("fb");
            DashboardViewModel dashboard = dashboard(reopened);
            assertThat(dashboard.filtersProperty().get().isEmpty()).isTrue();
            String before = dashboard.tiles().getFirst().base();

            dashboard.savedViews().apply(dashboard.savedViews().views().getFirst());

            DashboardFilters filters = dashboard.filtersProperty().get();
            assertThat(filters.values("region")).containsExactlyInAnyOrder("Москва", "Berlin");
            assertThat(filters.from()).isEqualTo(LocalDate.of(2025, 2, 1));
            assertThat(filters.to()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(dashboard.metricProperty().get()).isEqualTo(Metric.CSAT);
            assertThat(dashboard.breakdownColumnProperty().get()).isEqualTo("channel");
            assertThat(dashboard.drawnProperty().get().breakdownTable().by()).isEqualTo("channel");
            assertThat(dashboard.tiles().getFirst().base()).isNotEqualTo(before);

            dashboard.savedViews().delete(dashboard.savedViews().views().getFirst());
            assertThat(dashboard.savedViews().views()).isEmpty();
            assertThat(reopened.workspace().savedViews().views("fb")).isEmpty();
        }
    }

    private DashboardViewModel dashboard(RealWorkspace real) {
        return new DashboardViewModel(
                real.session(),
                new SynchronousJobRunner(),
                ScoreSource.analytics(),
                english,
                new DashboardCharts(english));
    }

    private static void importSurvey(RealWorkspace real) {
        List<Column> columns = List.of(
                new Column(0, "region", "Region", ValueType.TEXT, null),
                new Column(1, "channel", "Channel", ValueType.TEXT, null),
                new Column(2, "date", "Date", ValueType.DATETIME, null),
                new Column(3, "nps", "NPS", ValueType.NUMBER, question(MetricRole.NPS, 0, 10)),
                new Column(4, "csat", "CSAT", ValueType.NUMBER, question(MetricRole.CSAT, 1, 5)),
                new Column(5, "comment", "Comment", ValueType.TEXT, null));
        try (DatasetImport running = real.workspace()
                .datasets()
                .beginImport(new DatasetDraft("fb", DatasetKind.SURVEY, columns, "generic", "fb.csv"))) {
            for (int i = 0; i < 120; i++) {
                running.append(new String[] {
                    REGIONS[i % 3],
                    CHANNELS[i % 2],
                    "2025-%02d-%02d".formatted(1 + i % 4, 1 + i % 28),
                    String.valueOf(i % 11),
                    String.valueOf(1 + i % 5),
                    "comment " + i
                });
            }
            running.commit();
        }
        real.session().refresh("fb");
    }

    private static Question question(MetricRole role, int min, int max) {
        return new Question(role, Scale.of(min, max), ScaleDirection.HIGHER_IS_BETTER);
    }
}
