package io.verbatim.cli;

import io.verbatim.domain.preset.Preset;
import io.verbatim.store.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim presets}: the saved import presets, each with its kind and when it was saved; {@code --show NAME}
 * prints one as a mapping file to edit and pass to {@code import --mapping}, {@code --delete NAME} removes one.
 */
@Command(name = "presets", description = "List the saved import presets, print one as a mapping file, or delete one.")
final class PresetsCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--show", paramLabel = "NAME", description = "Print a preset's mapping file.")
    private String show;

    @Option(names = "--delete", paramLabel = "NAME", description = "Delete a preset.")
    private String delete;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Workspace workspace = options.open()) {
            if (show != null) {
                out.println(find(workspace, show).mapping());
                return 0;
            }
            if (delete != null) {
                find(workspace, delete);
                workspace.presets().delete(delete);
                out.println("preset " + delete + " deleted");
                return 0;
            }
            list(workspace.presets().presets());
        }
        return 0;
    }

    private void list(List<Preset> presets) {
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            out.println(Json.write(presets.stream().map(PresetsCommand::toJson).toList()));
        } else if (presets.isEmpty()) {
            out.println("No presets yet in " + options.directory() + ". Save one: verbatim import FILE --save-preset"
                    + " NAME");
        } else {
            presets.forEach(
                    p -> out.printf("%-32s %-8s saved %s%n", p.name(), p.kind().wireName(), p.savedAt()));
        }
    }

    private static Preset find(Workspace workspace, String name) {
        return workspace
                .presets()
                .preset(name)
                .orElseThrow(() ->
                        new UserInputException("no preset named '" + name + "'; run 'verbatim presets' to list them"));
    }

    private static Map<String, Object> toJson(Preset preset) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", preset.name());
        json.put("kind", preset.kind().wireName());
        json.put("saved_at", preset.savedAt().toString());
        json.put("fingerprint", preset.fingerprint());
        return json;
    }
}
