package io.verbatim.app.bench;

import io.verbatim.app.dashboard.DashboardCharts;
import io.verbatim.app.dashboard.DashboardViewModel;
import io.verbatim.app.dashboard.ScoreSource;
import io.verbatim.app.dashboard.Segment;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.store.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 6, acceptance 1, through the view-model: opens a workspace, selects a dataset in a desktop session and times
 * {@link DashboardViewModel} redrawing after each global-filter change of a random walk (tick or untick a segment
 * value, clear all), with jobs run synchronously so a redraw's time is everything the window waits for: the tiles with
 * their change, the breakdown, the trend and the JFreeChart objects the view shows. Only painting is left out. The
 * first figure is from opening the workspace to the first dashboard of the dataset. Run by
 * {@code ./mvnw -q -o -pl app -am -DskipTests -Pbench-dashboard verify -Dbench.workspace=DIR -Dbench.dataset=NAME}.
 */
public final class DashboardViewModelBench {

    private static final int WARM_UP = 20;

    private DashboardViewModelBench() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: DashboardViewModelBench WORKSPACE DATASET [REDRAWS] [SEED]");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        String name = args[1];
        int redraws = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 1);
        try (Workspace workspace = Workspace.open(directory);
                WorkspaceSession session = session(workspace)) {
            Messages messages = Messages.of(Language.ENGLISH);
            DashboardViewModel viewModel = new DashboardViewModel(
                    session,
                    new SynchronousJobRunner(),
                    ScoreSource.analytics(),
                    messages,
                    new DashboardCharts(messages));
            long start = System.nanoTime();
            session.open(directory);
            Dataset dataset = session.datasets().stream()
                    .filter(d -> d.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no dataset " + name + " in " + directory));
            session.selectedProperty().set(dataset);
            double first = (System.nanoTime() - start) / 1e6;
            List<Segment> segments = List.copyOf(viewModel.segments());
            if (segments.isEmpty()) {
                throw new IllegalStateException(name + " has no segment column to filter by");
            }
            for (int i = 0; i < WARM_UP; i++) {
                change(viewModel, segments, random);
            }
            double[] millis = new double[redraws];
            int filtered = 0;
            for (int i = 0; i < redraws; i++) {
                long t0 = System.nanoTime();
                change(viewModel, segments, random);
                millis[i] = (System.nanoTime() - t0) / 1e6;
                filtered += viewModel.filtersProperty().get().expression().isEmpty() ? 0 : 1;
            }
            Arrays.sort(millis);
            System.out.printf(
                    Locale.ROOT,
                    "dashboard view-model: %d redraws of %s after one filter change each: median %.1f ms, p95 %.1f ms,"
                            + " max %.1f ms; %d of them under at least one filter; open the workspace to the first dashboard %.0f ms;"
                            + " tiles %d%n",
                    redraws,
                    name,
                    percentile(millis, 0.5),
                    percentile(millis, 0.95),
                    millis[millis.length - 1],
                    filtered,
                    first,
                    viewModel.tiles().size());
        }
    }

    private static WorkspaceSession session(Workspace workspace) {
        return new WorkspaceSession(
                new SynchronousJobRunner(),
                d -> new OpenedWorkspace(
                        d,
                        workspace.datasets(),
                        workspace.presets(),
                        workspace.corrections(),
                        workspace.savedViews(),
                        workspace.journeys(),
                        () -> {}));
    }

    /** One step of the walk: mostly a segment value ticked or unticked, now and then all filters cleared. */
    private static void change(DashboardViewModel viewModel, List<Segment> segments, Random random) {
        if (random.nextInt(10) == 0) {
            viewModel.clearFilters();
            return;
        }
        Segment segment = segments.get(random.nextInt(segments.size()));
        List<String> values = new ArrayList<>(segment.values());
        viewModel.toggle(segment.column(), values.get(random.nextInt(values.size())));
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
