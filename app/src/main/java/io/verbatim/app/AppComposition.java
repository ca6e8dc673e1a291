package io.verbatim.app;

import io.verbatim.app.dashboard.DashboardCharts;
import io.verbatim.app.dashboard.DashboardView;
import io.verbatim.app.dashboard.DashboardViewModel;
import io.verbatim.app.dashboard.KindDashboardView;
import io.verbatim.app.dashboard.KindDashboardViewModel;
import io.verbatim.app.dashboard.ScoreSource;
import io.verbatim.app.fx.FxJobRunner;
import io.verbatim.app.fx.ViewLoader;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.LanguageSetting;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.importer.ImportProblemsView;
import io.verbatim.app.importer.ImportWizardView;
import io.verbatim.app.importer.ImportWizardViewModel;
import io.verbatim.app.importer.ImportWizardWindow;
import io.verbatim.app.importer.MappingStepView;
import io.verbatim.app.journey.CalculatedEvidence;
import io.verbatim.app.journey.DemoJourney;
import io.verbatim.app.journey.JourneyAutosave;
import io.verbatim.app.journey.JourneyEvidenceSource;
import io.verbatim.app.journey.JourneyView;
import io.verbatim.app.journey.JourneyViewModel;
import io.verbatim.app.main.MainView;
import io.verbatim.app.main.MainViewModel;
import io.verbatim.app.texts.TextAnalysis;
import io.verbatim.app.texts.TextsView;
import io.verbatim.app.texts.TextsViewModel;
import io.verbatim.app.texts.WorkspaceTextAnalysis;
import io.verbatim.app.workspace.DemoSurvey;
import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.Importers;
import io.verbatim.ingest.catalog.StandardImporters;
import io.verbatim.store.Workspace;
import io.verbatim.store.journey.JourneyTemplates;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop's composition root: the only place that knows concrete classes. Services live as long as the window;
 * views and view-models are made per language, so switching language rebuilds them around the same session.
 */
public final class AppComposition implements AutoCloseable {

    private static final String STYLESHEET = "app.css";

    private final LaunchOptions options;
    private final JobRunner runner;
    private final AutoCloseable runnerLifecycle;
    private final Importers importers;
    private final ScoreSource scores;
    private final TextAnalysis textAnalysis = new WorkspaceTextAnalysis();
    private final WorkspaceSession session;
    private final LanguageSetting language;
    private final JourneyAutosave journeySaves = new JourneyAutosave(Platform::runLater);
    private final JourneyEvidenceSource journeyEvidence = new CalculatedEvidence();
    private Scene scene;

    /** The production wiring: the H2 store, the ingest importers and the analytics scorer, jobs on worker threads. */
    public AppComposition(LaunchOptions options) {
        this(options, new FxJobRunner(), AppComposition::openStore, StandardImporters.all(), ScoreSource.analytics());
    }

    /** Wiring with replaceable services, for tests of the whole window. */
    public AppComposition(
            LaunchOptions options,
            JobRunner runner,
            OpenedWorkspace.Opener opener,
            Importers importers,
            ScoreSource scores) {
        this.options = options;
        this.runner = runner;
        this.runnerLifecycle = runner instanceof AutoCloseable closeable ? closeable : () -> {};
        this.importers = importers;
        this.scores = scores;
        this.session = new WorkspaceSession(runner, opener);
        this.language = new LanguageSetting(options.language().orElse(Language.forLocale(Locale.getDefault())));
    }

    public void showMainWindow(Stage stage) {
        scene = new Scene(buildMainView(), 1320, 860);
        scene.getStylesheets()
                .add(Objects.requireNonNull(AppComposition.class.getResource(STYLESHEET))
                        .toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.of(language.language()).get("app.title"), language.languageProperty()));
        language.languageProperty().addListener((obs, old, now) -> scene.setRoot(buildMainView()));
        stage.show();
    }

    /** Opens the workspace the command line named, or the demo workspace (seeded on first start). */
    public void openInitialWorkspace() {
        if (options.demo()) {
            DemoSurvey survey =
                    new DemoSurvey(importers.forKind(DatasetKind.SURVEY).orElseThrow());
            DemoJourney journey = new DemoJourney(Messages.of(language.language()));
            session.open(options.demoDirectory(), new WorkspaceSession.Seed() {
                @Override
                public void seed(DatasetRepository repository, JobContext context) throws Exception {
                    survey.seed(repository, context);
                }

                @Override
                public void seed(OpenedWorkspace opened, JobContext context) throws Exception {
                    // The demo map comes with a fresh demo workspace only: a map the user deleted stays deleted.
                    boolean fresh = opened.datasets().datasets().isEmpty();
                    survey.seed(opened.datasets(), context);
                    if (fresh && opened.journeys() != null) {
                        journey.seed(opened.journeys());
                    }
                }
            });
        } else {
            options.workspace().ifPresent(session::open);
        }
    }

    public WorkspaceSession session() {
        return session;
    }

    public LanguageSetting language() {
        return language;
    }

    public Parent buildMainView() {
        return viewLoader().load(MainView.class).root();
    }

    /** A loader for the current language whose controllers are wired here. */
    public ViewLoader viewLoader() {
        Messages messages = Messages.of(language.language());
        return new ViewLoader(messages, (type, loader) -> controller(type, messages, loader));
    }

    /** The controller factory: every view and its view-model, by constructor injection. */
    private Object controller(Class<?> type, Messages messages, ViewLoader loader) {
        if (type == MainView.class) {
            return new MainView(new MainViewModel(session, language, messages), loader, new ImportWizardWindow(loader));
        }
        if (type == DashboardView.class) {
            return new DashboardView(
                    new DashboardViewModel(session, runner, scores, messages, new DashboardCharts(messages)), messages);
        }
        if (type == KindDashboardView.class) {
            return new KindDashboardView(new KindDashboardViewModel(session, runner, messages), messages);
        }
        if (type == TextsView.class) {
            return new TextsView(new TextsViewModel(session, runner, messages, textAnalysis, Clock.systemUTC()));
        }
        if (type == JourneyView.class) {
            List<JourneyMap> templates = JourneyTemplates.KEYS.stream()
                    .map(key -> JourneyTemplates.newMap(key, messages.locale()))
                    .toList();
            return new JourneyView(
                    new JourneyViewModel(session, runner, journeySaves, journeyEvidence, messages), templates);
        }
        if (type == MappingStepView.class) {
            return new MappingStepView(messages);
        }
        if (type == ImportWizardView.class) {
            return new ImportWizardView(new ImportWizardViewModel(session, importers, runner, messages), messages);
        }
        if (type == ImportProblemsView.class) {
            return new ImportProblemsView(messages);
        }
        throw new IllegalArgumentException("No controller wiring for " + type.getName());
    }

    @Override
    public void close() {
        // Unwritten journey edits reach the store before the workspace closes.
        journeySaves.close();
        session.close();
        try {
            runnerLifecycle.close();
        } catch (Exception ignored) {
            // Worker threads are daemons; they end with the JVM.
        }
    }

    private static OpenedWorkspace openStore(Path directory) {
        Workspace workspace = Workspace.open(directory);
        return new OpenedWorkspace(
                directory,
                workspace.datasets(),
                workspace.presets(),
                workspace.corrections(),
                workspace.savedViews(),
                workspace.journeys(),
                workspace);
    }
}
