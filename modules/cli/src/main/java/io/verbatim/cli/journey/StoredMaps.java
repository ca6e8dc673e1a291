package io.verbatim.cli.journey;

import io.verbatim.cli.UserInputException;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.store.Workspace;
import java.util.List;
import java.util.Locale;

/**
 * Finds the map or stage a command line names. A map is named by its id, a unique start of its id (at least four
 * characters) or its name; a stage by its id, its position (1 is the leftmost) or its name.
 */
final class StoredMaps {

    private StoredMaps() {}

    static JourneyMap require(Workspace workspace, String reference) {
        String wanted = reference.strip();
        var exact = workspace.journeys().find(wanted);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<JourneyMap> all = workspace.journeys().all();
        List<JourneyMap> byName = all.stream()
                .filter(m -> m.name().strip().equalsIgnoreCase(wanted))
                .toList();
        List<JourneyMap> found = !byName.isEmpty() || wanted.length() < 4
                ? byName
                : all.stream().filter(m -> m.id().startsWith(wanted)).toList();
        if (found.size() == 1) {
            return found.getFirst();
        }
        if (found.isEmpty()) {
            throw new UserInputException("no journey map '" + wanted + "' in " + workspace.directory()
                    + "; run 'verbatim journey list' to see them");
        }
        throw new UserInputException("'" + wanted + "' names " + found.size() + " journey maps ("
                + String.join(", ", found.stream().map(JourneyMap::id).toList()) + "); name one by its id");
    }

    static Stage requireStage(JourneyMap map, String reference) {
        String wanted = reference.strip();
        var byId = map.stage(wanted);
        if (byId.isPresent()) {
            return byId.get();
        }
        if (wanted.matches("\\d{1,3}")) {
            int position = Integer.parseInt(wanted);
            if (position >= 1 && position <= map.stages().size()) {
                return map.stages().get(position - 1);
            }
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        List<Stage> byName = map.stages().stream()
                .filter(s -> s.name().strip().toLowerCase(Locale.ROOT).equals(lower))
                .toList();
        if (byName.size() == 1) {
            return byName.getFirst();
        }
        throw new UserInputException(
                "journey map '" + map.name() + "' has " + (byName.isEmpty() ? "no" : "more than one")
                        + " stage '" + wanted + "'; name a stage by its position 1-"
                        + map.stages().size() + " or its id"
                        + " (verbatim journey show '" + map.name() + "')");
    }
}
