package io.verbatim.cli;

import io.verbatim.domain.port.SettingsRepository;
import io.verbatim.store.Workspace;
import io.verbatim.text.privacy.PiiPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim settings}: shows a workspace's settings and changes them with {@code --set key=value} or
 * {@code --reset key}. The settings known today are the privacy switches export and sync obey through
 * {@link PiiPolicy}: {@code privacy.mask_pii} (on/off, default on) and {@code privacy.mask_kinds}.
 */
@Command(
        name = "settings",
        description = "Show or change workspace settings, e.g. --set privacy.mask_pii=off (mask personal data on export"
                + " and before sync; default on).")
final class SettingsCommand implements Callable<Integer> {

    /** Every known setting with its default, in the order they are listed. */
    static final Map<String, String> KNOWN =
            java.util.Collections.unmodifiableSortedMap(new TreeMap<>(PiiPolicy.DEFAULTS));

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set a setting (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--reset", paramLabel = "KEY", description = "Return a setting to its default (repeatable).")
    private List<String> resets = new ArrayList<>();

    @Override
    public Integer call() {
        Map<String, String> changes = parsedSets();
        for (String key : resets) {
            known(key);
        }
        Map<String, String> stored;
        try (Workspace workspace = options.open()) {
            SettingsRepository settings = workspace.settings();
            changes.forEach(settings::set);
            resets.forEach(settings::reset);
            stored = settings.all();
        }
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            out.println(Json.write(toJson(stored)));
        } else {
            KNOWN.forEach((key, fallback) -> out.printf(
                    "%-22s %-24s%s%n",
                    key, stored.getOrDefault(key, fallback), stored.containsKey(key) ? "" : " (default)"));
        }
        return 0;
    }

    private Map<String, String> parsedSets() {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String set : sets) {
            int equals = set.indexOf('=');
            if (equals <= 0) {
                throw new UserInputException("--set " + set + ": write KEY=VALUE, e.g. --set privacy.mask_pii=off");
            }
            String key = known(set.substring(0, equals).strip());
            try {
                changes.put(key, PiiPolicy.normalise(key, set.substring(equals + 1)));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--set " + set + ": " + e.getMessage());
            }
        }
        return changes;
    }

    private static String known(String key) {
        if (!KNOWN.containsKey(key)) {
            throw new UserInputException(
                    "unknown setting '" + key + "'; the settings are " + String.join(", ", KNOWN.keySet()));
        }
        return key;
    }

    private Map<String, Object> toJson(Map<String, String> stored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workspace", options.directory().toString());
        Map<String, Object> settings = new LinkedHashMap<>();
        KNOWN.forEach((key, fallback) -> {
            Map<String, Object> setting = new LinkedHashMap<>();
            setting.put("value", stored.getOrDefault(key, fallback));
            setting.put("default", !stored.containsKey(key));
            settings.put(key, setting);
        });
        json.put("settings", settings);
        return json;
    }
}
