package io.verbatim.cli.journey;

import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.store.Workspace;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code verbatim journey list}: the workspace's journey maps by name, with their stages and how many are bound. */
@Command(name = "list", description = "List the workspace's journey maps.")
public final class JourneyListCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<JourneyMap> maps;
        try (Workspace workspace = options.open()) {
            maps = workspace.journeys().all();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            out.println(Json.write(maps.stream().map(JourneyListCommand::json).toList()));
        } else if (maps.isEmpty()) {
            out.println("No journey maps yet in " + options.directory()
                    + ". Create one: verbatim journey new NAME --template online-purchase");
        } else {
            for (JourneyMap map : maps) {
                out.println(String.format(
                        Locale.ROOT,
                        "%-36s  %-32s  %d stages, %d bound, %d notes",
                        map.id(),
                        map.name(),
                        map.stages().size(),
                        bound(map),
                        map.notes().size()));
            }
        }
        return 0;
    }

    private static Map<String, Object> json(JourneyMap map) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", map.id());
        json.put("name", map.name());
        json.put("stages", map.stages().size());
        json.put("bound_stages", bound(map));
        json.put("lanes", map.lanes().size());
        json.put("notes", map.notes().size());
        return json;
    }

    private static long bound(JourneyMap map) {
        return map.stages().stream().map(Stage::binding).filter(b -> b != null).count();
    }
}
