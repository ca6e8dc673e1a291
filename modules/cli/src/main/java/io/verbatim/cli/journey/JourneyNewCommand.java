package io.verbatim.cli.journey;

import io.verbatim.cli.UserInputException;
import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.store.Workspace;
import io.verbatim.store.journey.JourneyTemplates;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim journey new [NAME] [--template KEY | --stages A,B,C]}: a new map from a built-in template (in the
 * chosen language) or with the standard lanes and the given stages.
 */
@Command(name = "new", description = "Create a journey map from a template or with the stages you name.")
public final class JourneyNewCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "NAME",
            description = "The map's name (default: the template's).")
    private String name;

    @Option(
            names = "--template",
            paramLabel = "KEY",
            description = "online-purchase, telecom-connection, support-request or bank-card.")
    private String template;

    @Option(
            names = "--stages",
            split = ",",
            paramLabel = "A,B,C",
            description = "Stage names, for a map without a template.")
    private List<String> stages;

    @Option(
            names = "--language",
            paramLabel = "ru|en",
            description = "Language of the template's texts (default: the system's, English unless Russian).")
    private String language;

    @Override
    public Integer call() {
        JourneyMap map = create();
        try (Workspace workspace = options.open()) {
            workspace.journeys().save(map);
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Created journey map '%s' (%s) with %d stages and %d lanes.%nBind a stage to data: verbatim"
                                + " journey bind %s --stage 1 --dataset D --metric nps --filter \"COLUMN=VALUE\"%n",
                        map.name(), map.id(), map.stages().size(), map.lanes().size(), map.id());
        return 0;
    }

    private JourneyMap create() {
        Locale locale = language == null ? Locale.getDefault() : Locale.forLanguageTag(language.strip());
        if (template != null) {
            if (stages != null) {
                throw new UserInputException("--stages builds a map without a template; use one of them");
            }
            if (!JourneyTemplates.KEYS.contains(template.strip())) {
                throw new UserInputException("no journey template '" + template.strip() + "'; choose one of "
                        + String.join(", ", JourneyTemplates.KEYS));
            }
            JourneyMap map = JourneyTemplates.newMap(template.strip(), locale);
            return name == null || name.isBlank() ? map : map.withName(name.strip());
        }
        if (name == null || name.isBlank()) {
            throw new UserInputException("name the new map, or start from a template: --template "
                    + String.join("|", JourneyTemplates.KEYS));
        }
        JourneyMap map = JourneyTemplates.blank(name.strip(), locale);
        for (String stage : stages == null ? List.<String>of() : stages) {
            if (!stage.isBlank()) {
                map = map.withStage(new Stage(UUID.randomUUID().toString(), stage.strip(), null, null));
            }
        }
        return map;
    }
}
