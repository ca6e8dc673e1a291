package io.verbatim.cli.journey;

import io.verbatim.cli.UserInputException;
import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.score.Metric;
import io.verbatim.store.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim journey bind MAP --stage S --dataset D --metric M [--filter F] [--question Q] [--text-column C]}:
 * binds a stage to the data that measures it, or {@code --clear} unbinds it. The binding is measured before it is
 * saved, so a filter or question {@code score} would refuse is refused here too, naming the stage.
 */
@Command(name = "bind", description = "Bind a stage to data (a dataset, a score and a filter), or unbind it.")
public final class JourneyBindCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "The map's id or name.")
    private String map;

    @Option(
            names = "--stage",
            required = true,
            paramLabel = "S",
            description = "The stage: position (1 = first), id or name.")
    private String stage;

    @Option(names = "--dataset", paramLabel = "NAME", description = "The dataset that measures the stage.")
    private String dataset;

    @Option(names = "--metric", paramLabel = "nps|enps|csat|ces", description = "The score shown for the stage.")
    private String metric;

    @Option(names = "--question", paramLabel = "Q", description = "Question key or text (default: the first one).")
    private String question;

    @Option(names = "--filter", paramLabel = "EXPR", description = "The stage's rows, as score --filter takes them.")
    private String filter;

    @Option(names = "--text-column", paramLabel = "COL", description = "The column whose texts are the verbatims.")
    private String textColumn;

    @Option(names = "--clear", description = "Unbind the stage.")
    private boolean clear;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Workspace workspace = options.open()) {
            JourneyMap stored = StoredMaps.require(workspace, map);
            Stage target = StoredMaps.requireStage(stored, stage);
            if (clear) {
                workspace.journeys().save(stored.withStageReplaced(target.withBinding(null)));
                out.println("Stage '" + target.name() + "' of '" + stored.name() + "' is no longer bound to data");
                return 0;
            }
            Stage bound = target.withBinding(binding());
            StageScores.Outcome outcome = StageScores.of(
                            workspace.datasets(), JourneyMap.empty("check", "").withStage(bound))
                    .get(bound.id());
            if (outcome.error() != null) {
                throw new UserInputException("cannot bind: " + outcome.error());
            }
            workspace.journeys().save(stored.withStageReplaced(bound));
            out.println("Stage '" + target.name() + "' of '" + stored.name() + "': "
                    + bound.binding().metric().wireName().toUpperCase(java.util.Locale.ROOT) + " "
                    + StageScores.text(outcome.evidence()));
        }
        return 0;
    }

    private Binding binding() {
        if (dataset == null || metric == null) {
            throw new UserInputException("binding a stage takes --dataset and --metric (or --clear to unbind it)");
        }
        Metric parsed;
        try {
            parsed = Metric.fromWire(metric);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("unknown metric '" + metric + "'; use nps, enps, csat or ces");
        }
        return new Binding(dataset.strip(), parsed, question, filter, textColumn);
    }
}
