package io.verbatim.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.dashboard.TicketDashboardData;
import io.verbatim.analytics.dashboard.TicketDashboardQuery;
import io.verbatim.analytics.dashboard.TicketDashboardResult;
import io.verbatim.analytics.dashboard.TicketDashboardSettings;
import io.verbatim.analytics.dashboard.TicketTile;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.importer.ImportWizardViewModel;
import io.verbatim.app.testing.RealWorkspace;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.ingest.catalog.StandardImporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ticket and mention dashboard's view-model over a real H2 workspace: real exports imported through the import
 * wizard (a ticket export with Russian holidays, a YouScan mention export, both fixtures of the repository), tiles
 * equal to {@link TicketDashboardQuery}'s numbers, filters and chips, clicks that drill down, both languages.
 */
class KindDashboardViewModelTest {

    private static final Path REPO = Path.of(System.getProperty("verbatim.repo.root", ".."));

    @TempDir
    Path home;

    private RealWorkspace real;

    @AfterEach
    void close() {
        if (real != null) {
            real.close();
        }
    }

    private KindDashboardViewModel importAndOpen(String fixture, Language language) {
        Path file = REPO.resolve(fixture);
        assumeTrue(Files.exists(file), file + " is absent (not run from the repository): skipped");
        real = RealWorkspace.open(home);
        ImportWizardViewModel wizard = new ImportWizardViewModel(
                real.session(), StandardImporters.all(), new SynchronousJobRunner(), Messages.of(language));
        wizard.choose(file);
        wizard.importData();
        assertThat(wizard.errorProperty().get()).isEmpty();
        return new KindDashboardViewModel(real.session(), new SynchronousJobRunner(), Messages.of(language));
    }

    @Test
    void aTicketDatasetShowsItsTilesChartsAndFiltersAsTheQueryComputesThem() {
        KindDashboardViewModel dashboard =
                importAndOpen("modules/cli/src/test/resources/tickets/ru_holiday_tickets.csv", Language.ENGLISH);
        Dataset dataset = real.session().selectedProperty().get();
        assertThat(dataset.kind()).isEqualTo(DatasetKind.TICKETS);

        assertThat(dashboard.activeProperty().get()).isTrue();
        assertThat(dashboard.problemProperty().get()).isEmpty();
        assertThat(dashboard.tiles()).hasSize(TicketTile.Kind.values().length);
        TicketDashboardQuery query = new TicketDashboardQuery(
                TicketDashboardData.tickets(
                        real.workspace().datasets(), dataset, List.of("channel"), JobContext.none()),
                TicketDashboardSettings.defaults());
        TicketDashboardResult expected = query.compute(DashboardFilters.none(), "channel");
        Messages english = Messages.of(Language.ENGLISH);
        assertThat(dashboard.tiles().getFirst().value())
                .isEqualTo(KindTiles.hours(
                        english,
                        expected.tile(TicketTile.Kind.FIRST_REPLY_MEDIAN).value()));
        assertThat(dashboard.tiles().get(3).value())
                .isEqualTo(KindTiles.percent(
                        english, expected.tile(TicketTile.Kind.SLA).value()));
        assertThat(dashboard.drawnProperty().get()).hasSize(4);
        assertThat(dashboard.drawnProperty().get().getFirst().chart()).isNotNull();
        assertThat(dashboard.rowsKeptProperty().get()).isEqualTo("8 of 8 rows");
        assertThat(dashboard.segments()).extracting(Segment::column).contains("channel", "priority");

        dashboard.setValues("channel", Set.of("email"));

        assertThat(dashboard.chips()).extracting(FilterChip::label).containsExactly("channel: email");
        int email = query.compute(DashboardFilters.none().with("channel", Set.of("email")), null)
                .rows();
        assertThat(dashboard.rowsKeptProperty().get()).isEqualTo(email + " of 8 rows");

        dashboard.clearFilters();
        dashboard.click(0, 0);
        assertThat(dashboard.drillDownProperty().get()).isNotNull();
        assertThat(dashboard.drillDownProperty().get().title()).startsWith("Tickets: ");
        String firstGroup = dashboard.drawnProperty().get().get(2).keys().getFirst();
        dashboard.click(2, 0);
        assertThat(dashboard.filtersProperty().get().values("channel")).containsExactly(firstGroup);
        assertThat(dashboard.drillDownProperty().get().title()).isEqualTo("channel: " + firstGroup);
    }

    @Test
    void aMentionDatasetShowsVolumeShareAndSentimentInRussian() {
        KindDashboardViewModel dashboard =
                importAndOpen("modules/ingest/src/test/resources/mentions/youscan_mentions.csv", Language.RUSSIAN);
        Dataset dataset = real.session().selectedProperty().get();
        assertThat(dataset.kind()).isEqualTo(DatasetKind.MENTIONS);

        assertThat(dashboard.activeProperty().get()).isTrue();
        assertThat(dashboard.kindProperty().get()).isEqualTo(DatasetKind.MENTIONS);
        assertThat(dashboard.tiles().getFirst().metric()).isEqualTo("Упоминания");
        assertThat(dashboard.tiles().getFirst().value()).isEqualTo(String.valueOf(dataset.rows()));
        assertThat(dashboard.drawnProperty().get().getFirst().chart()).isNotNull();

        String firstDay = dashboard.drawnProperty().get().getFirst().keys().getFirst();
        dashboard.click(0, 0);

        assertThat(dashboard.drillDownProperty().get().title()).isEqualTo("День " + firstDay);
        assertThat(dashboard.drillDownProperty().get().shown()).isNotEmpty().allSatisfy(v -> assertThat(v.date())
                .isEqualTo(firstDay));
    }

    @Test
    void aSurveyLeavesTheSurveyDashboardInCharge() {
        KindDashboardViewModel dashboard =
                importAndOpen("app/src/test/resources/io/verbatim/app/importer/small-survey.csv", Language.ENGLISH);

        assertThat(real.session().selectedProperty().get().kind()).isEqualTo(DatasetKind.SURVEY);
        assertThat(dashboard.activeProperty().get()).isFalse();
        assertThat(dashboard.tiles()).isEmpty();
    }
}
