package io.verbatim.cli.journey;

import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.store.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim journey show MAP}: the map's personas and stages, each bound stage with its score ± margin, interval
 * and n exactly as {@code score} computes them for the stage's filter, the emotion drawn and the one derived, and its
 * verbatims. A stage whose binding cannot be measured shows why, and the others still show.
 */
@Command(name = "show", description = "Show a journey map with each stage's score, emotion and verbatims.")
public final class JourneyShowCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "The map's id or name.")
    private String map;

    @Override
    public Integer call() {
        JourneyMap shown;
        Map<String, StageScores.Outcome> outcomes;
        try (Workspace workspace = options.open()) {
            shown = StoredMaps.require(workspace, map);
            outcomes = StageScores.of(workspace.datasets(), shown);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            out.println(Json.write(json(shown, outcomes)));
        } else {
            out.print(text(shown, outcomes));
        }
        return 0;
    }

    private static String text(JourneyMap map, Map<String, StageScores.Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%s (%s): %d stages, %d lanes, %d notes%n",
                map.name(),
                map.id(),
                map.stages().size(),
                map.lanes().size(),
                map.notes().size()));
        for (Persona persona : map.personas()) {
            text.append("Persona: ").append(persona.name());
            text.append(persona.description().isBlank() ? "" : " - " + persona.description());
            text.append(System.lineSeparator());
        }
        int position = 1;
        for (Stage stage : map.stages()) {
            text.append(String.format(Locale.ROOT, "%d. %s", position++, stage.name()));
            stage.feltEmotionIfAny().ifPresent(e -> text.append(String.format(Locale.ROOT, "  felt %+.1f", e)));
            text.append(System.lineSeparator());
            StageScores.Outcome outcome = outcomes.get(stage.id());
            if (outcome == null) {
                text.append("   not bound to data").append(System.lineSeparator());
            } else if (outcome.error() != null) {
                text.append("   cannot score: ").append(outcome.error()).append(System.lineSeparator());
            } else {
                stageText(text, outcome.evidence());
            }
        }
        return text.toString();
    }

    private static void stageText(StringBuilder text, StageEvidence evidence) {
        Binding binding = evidence.binding();
        text.append(String.format(
                Locale.ROOT,
                "   %s %s%s%n   %s%s%n",
                binding.metric().wireName().toUpperCase(Locale.ROOT),
                StageScores.text(evidence),
                evidence.derivedEmotionIfAny().isPresent()
                        ? String.format(Locale.ROOT, "  emotion %+.1f", evidence.derivedEmotion())
                        : "",
                binding.dataset(),
                binding.filter().isBlank() ? "" : ": " + binding.filter()));
        for (String verbatim : evidence.verbatims()) {
            text.append("   \u201c").append(verbatim).append('\u201d').append(System.lineSeparator());
        }
    }

    private static Map<String, Object> json(JourneyMap map, Map<String, StageScores.Outcome> outcomes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", map.id());
        json.put("name", map.name());
        json.put(
                "personas",
                map.personas().stream()
                        .map(p -> Map.of("id", p.id(), "name", p.name(), "description", p.description()))
                        .toList());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Stage stage : map.stages()) {
            stages.add(stageJson(map, stage, outcomes.get(stage.id())));
        }
        json.put("stages", stages);
        json.put(
                "lanes",
                map.lanes().stream()
                        .map(l -> Map.of(
                                "id", l.id(), "kind", l.kind().name().toLowerCase(Locale.ROOT), "title", l.title()))
                        .toList());
        return json;
    }

    private static Map<String, Object> stageJson(JourneyMap map, Stage stage, StageScores.Outcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", stage.id());
        json.put("name", stage.name());
        json.put("felt_emotion", stage.feltEmotion());
        json.put(
                "notes",
                map.notes().stream().filter(n -> n.stageId().equals(stage.id())).count());
        Binding binding = stage.binding();
        if (binding != null) {
            Map<String, Object> bound = new LinkedHashMap<>();
            bound.put("dataset", binding.dataset());
            bound.put("metric", binding.metric().wireName());
            bound.put("question", binding.question());
            bound.put("filter", binding.filter());
            bound.put("text_column", binding.textColumn());
            json.put("binding", bound);
        }
        if (outcome != null && outcome.error() != null) {
            json.put("error", outcome.error());
        } else if (outcome != null) {
            StageEvidence evidence = outcome.evidence();
            json.put("n", evidence.score().n());
            json.put("value", StageScores.number(evidence.score().value()));
            json.put("ci_low", StageScores.number(evidence.score().ciLow()));
            json.put("ci_high", StageScores.number(evidence.score().ciHigh()));
            json.put("derived_emotion", StageScores.number(evidence.derivedEmotion()));
            json.put("verbatims", evidence.verbatims());
        }
        return json;
    }
}
