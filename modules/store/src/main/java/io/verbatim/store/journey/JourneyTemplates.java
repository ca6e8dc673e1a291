package io.verbatim.store.journey;

import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The built-in journey templates: common journeys with a persona, five to eight stages, the eight standard lanes and a
 * starter note of the customer's action and touchpoint in each stage, so a workshop starts from a sensible map rather
 * than a blank one. Each template is a {@link JourneyJson} document per language on the class path
 * ({@code templates/KEY.ru.json}, {@code templates/KEY.en.json}); Russian for a Russian interface, English otherwise.
 */
public final class JourneyTemplates {

    /** The templates' keys, in the order a picker shows them. */
    public static final List<String> KEYS =
            List.of("online-purchase", "telecom-connection", "support-request", "bank-card");

    private static final String FOLDER = "templates/";

    /** A template as a picker shows it: its key and its name in the interface language. */
    public record Template(String key, String name, int stages) {}

    private JourneyTemplates() {}

    /** Every template, named in {@code language}. */
    public static List<Template> list(Locale language) {
        return KEYS.stream()
                .map(key -> {
                    JourneyMap map = load(key, language);
                    return new Template(key, map.name(), map.stages().size());
                })
                .toList();
    }

    /** A new map from a template, in {@code language}, with fresh random ids for it and everything on it. */
    public static JourneyMap newMap(String key, Locale language) {
        return newMap(key, language, () -> UUID.randomUUID().toString());
    }

    /**
     * A new map from a template with ids from {@code ids}; notes keep their cells.
     *
     * @throws IllegalArgumentException for a key not in {@link #KEYS}
     */
    public static JourneyMap newMap(String key, Locale language, Supplier<String> ids) {
        JourneyMap template = load(key, language);
        Map<String, String> fresh = new HashMap<>();
        Supplier<String> next = ids;
        List<Persona> personas = template.personas().stream()
                .map(p -> new Persona(renamed(fresh, p.id(), next), p.name(), p.description()))
                .toList();
        List<Stage> stages = template.stages().stream()
                .map(s -> new Stage(renamed(fresh, "stage:" + s.id(), next), s.name(), s.binding(), s.feltEmotion()))
                .toList();
        List<Lane> lanes = template.lanes().stream()
                .map(l -> new Lane(renamed(fresh, "lane:" + l.id(), next), l.kind(), l.title()))
                .toList();
        List<Note> notes = template.notes().stream()
                .map(n -> new Note(
                        next.get(),
                        fresh.get("stage:" + n.stageId()),
                        fresh.get("lane:" + n.laneId()),
                        n.text(),
                        n.colour()))
                .toList();
        return new JourneyMap(next.get(), template.name(), personas, stages, lanes, notes);
    }

    /**
     * A map with no stages yet and the eight standard lanes titled in {@code language}, for a journey no template fits.
     */
    public static JourneyMap blank(String name, Locale language) {
        Supplier<String> ids = () -> UUID.randomUUID().toString();
        List<Lane> lanes = load(KEYS.getFirst(), language).lanes().stream()
                .map(l -> new Lane(ids.get(), l.kind(), l.title()))
                .toList();
        return new JourneyMap(ids.get(), name, List.of(), List.of(), lanes, List.of());
    }

    /** Russian for a Russian interface, English for any other. */
    static String languageOf(Locale language) {
        return "ru".equals(language.getLanguage()) ? "ru" : "en";
    }

    private static JourneyMap load(String key, Locale language) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("no journey template '" + key + "'; choose one of " + KEYS);
        }
        String resource = FOLDER + key + "." + languageOf(language) + ".json";
        try (InputStream in = JourneyTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The journey template " + resource + " is missing from the build");
            }
            return JourneyJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the journey template " + resource, e);
        }
    }

    private static String renamed(Map<String, String> fresh, String old, Supplier<String> ids) {
        return fresh.computeIfAbsent(old, k -> ids.get());
    }
}
