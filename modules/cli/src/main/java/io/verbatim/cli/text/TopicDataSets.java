package io.verbatim.cli.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.cli.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled topic data sets of {@code ../shared/data/text/topics} as texts with their true groups: BANKING77 (77
 * intents of online-banking queries, CC BY 4.0), CLINC150 (150 intents in 10 domains, CC BY 3.0) and the CFPB complaint
 * narratives (unlabelled, used for volume only).
 */
public final class TopicDataSets {

    /** Where the data sets live relative to the working directory of a checkout. */
    public static final String DEFAULT_DIR = "../shared/data/text/topics";

    static final String BANKING77 = "en_banking77_train/train.csv";
    static final String CLINC150 = "en_clinc150/data_full.json";
    static final String CLINC150_DOMAINS = "en_clinc150/domains.json";
    static final String CFPB = "en_cfpb_complaints/complaints_sample.csv";

    private TopicDataSets() {}

    /**
     * Texts and their labels (one labeling per name, e.g. intent and domain).
     *
     * @param texts the texts
     * @param labelings label name to one label per text
     */
    public record Labelled(List<String> texts, Map<String, List<String>> labelings) {}

    /** BANKING77's training set with its intents. */
    public static Labelled banking77(Path dir) {
        Path file = require(dir.resolve(BANKING77));
        CsvTable table = CsvTable.read(file);
        return new Labelled(
                table.cells(table.column("text", file)), Map.of("intent", table.cells(table.column("category", file))));
    }

    /** CLINC150's in-scope training queries with their intents and domains. */
    public static Labelled clinc150(Path dir) {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode data = readJson(mapper, require(dir.resolve(CLINC150)));
        JsonNode domains = readJson(mapper, require(dir.resolve(CLINC150_DOMAINS)));
        Map<String, String> domainOf = new HashMap<>();
        for (Map.Entry<String, JsonNode> domain : domains.properties()) {
            domain.getValue().forEach(intent -> domainOf.put(intent.asText(), domain.getKey()));
        }
        List<String> texts = new ArrayList<>();
        List<String> intents = new ArrayList<>();
        List<String> domainLabels = new ArrayList<>();
        for (JsonNode pair : data.get("train")) {
            String intent = pair.get(1).asText();
            texts.add(pair.get(0).asText());
            intents.add(intent);
            domainLabels.add(domainOf.getOrDefault(intent, "?"));
        }
        return new Labelled(texts, Map.of("intent", intents, "domain", domainLabels));
    }

    /** The non-empty consumer narratives of the CFPB sample. */
    public static List<String> cfpbNarratives(Path dir) {
        Path file = require(dir.resolve(CFPB));
        CsvTable table = CsvTable.read(file);
        return table.cells(table.column("Consumer complaint narrative", file)).stream()
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** Whether the labelled data sets are present in a folder. */
    public static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve(BANKING77)) && Files.isRegularFile(dir.resolve(CLINC150));
    }

    /** Labels as small integers, the same label the same number. */
    public static int[] codes(List<String> labels) {
        Map<String, Integer> codes = new HashMap<>();
        int[] out = new int[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes.computeIfAbsent(labels.get(i), l -> codes.size());
        }
        return out;
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("missing data file " + file + "; pass --data with the folder holding"
                    + " en_banking77_train, en_clinc150 and en_cfpb_complaints");
        }
        return file;
    }

    private static JsonNode readJson(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + " as JSON: " + e.getMessage());
        }
    }
}
