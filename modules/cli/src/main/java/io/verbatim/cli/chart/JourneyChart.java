package io.verbatim.cli.chart;

import io.verbatim.analytics.cube.CubeCache;
import io.verbatim.analytics.journey.JourneyEvidenceCalculator;
import io.verbatim.analytics.journey.JourneyEvidenceException;
import io.verbatim.charts.journey.JourneyMapRenderer;
import io.verbatim.cli.UserInputException;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import java.util.List;
import java.util.function.Function;

/**
 * {@code chart --kind journey}: picks the map ({@code --map NAME}, or the only map with a stage bound to the dataset)
 * and draws it with the evidence of its bound stages (score with interval and base, representative verbatims, derived
 * emotion) from the analytics module's {@link JourneyEvidenceCalculator}, whose scores equal {@code score --filter}
 * for each stage's binding.
 */
final class JourneyChart {

    /** The width a journey map is drawn at unless asked otherwise: eight stages stay readable. */
    static final int DEFAULT_WIDTH = 1600;

    private JourneyChart() {}

    static ChartCommand.Rendered render(ChartScope scope, String mapName, ChartWords words, Integer width) {
        if (scope.filter() != null) {
            throw new UserInputException("a journey map's stages carry their own filters; drop --filter for --kind"
                    + " journey (edit the stage bindings instead)");
        }
        JourneyMap map =
                choose(scope.workspace().journeys().all(), scope.whole().name(), mapName);
        JourneyEvidenceCalculator calculator =
                new JourneyEvidenceCalculator(scope.workspace().datasets(), new CubeCache(2));
        return draw(
                map,
                chosen -> {
                    try {
                        return calculator.evidence(chosen);
                    } catch (JourneyEvidenceException e) {
                        throw new UserInputException("journey map '" + chosen.name() + "': " + e.getMessage());
                    }
                },
                words,
                width);
    }

    /** Draws a chosen map with the evidence computed for it. */
    static ChartCommand.Rendered draw(
            JourneyMap map, Function<JourneyMap, JourneyEvidence> evidence, ChartWords words, Integer width) {
        JourneyMapRenderer renderer = new JourneyMapRenderer(map, evidence.apply(map), words.journey());
        int w = width != null ? width : Math.max(DEFAULT_WIDTH, renderer.minimumWidth());
        return new ChartCommand.Rendered(renderer, w, renderer.preferredHeight(w));
    }

    /**
     * The map to draw.
     *
     * @throws UserInputException when {@code --map} names no map, or none or several maps are bound to the dataset
     */
    static JourneyMap choose(List<JourneyMap> maps, String dataset, String mapName) {
        if (mapName != null) {
            return maps.stream()
                    .filter(m -> m.name().equalsIgnoreCase(mapName.strip()) || m.id().equals(mapName.strip()))
                    .findFirst()
                    .orElseThrow(() -> new UserInputException(
                            "no journey map named '" + mapName + "'; the workspace has " + names(maps)));
        }
        List<JourneyMap> bound = maps.stream().filter(m -> boundTo(m, dataset)).toList();
        if (bound.size() == 1) {
            return bound.getFirst();
        }
        if (bound.isEmpty()) {
            throw new UserInputException("no journey map is bound to dataset " + dataset + "; name one with --map NAME"
                    + " (the workspace has " + names(maps) + ")");
        }
        throw new UserInputException("several journey maps are bound to dataset " + dataset + " (" + names(bound)
                + "); choose one with --map NAME");
    }

    static boolean boundTo(JourneyMap map, String dataset) {
        return map.stages().stream()
                .map(Stage::binding)
                .anyMatch(b -> b != null && b.dataset().equalsIgnoreCase(dataset));
    }

    private static String names(List<JourneyMap> maps) {
        return maps.isEmpty()
                ? "no maps"
                : String.join(", ", maps.stream().map(m -> "'" + m.name() + "'").toList());
    }
}
