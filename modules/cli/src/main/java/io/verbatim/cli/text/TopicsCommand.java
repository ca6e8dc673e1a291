package io.verbatim.cli.text;

import io.verbatim.analytics.score.Period;
import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.text.taxonomy.Taxonomy;
import io.verbatim.text.taxonomy.TaxonomyFile;
import io.verbatim.text.taxonomy.TaxonomyMatcher;
import io.verbatim.text.taxonomy.TaxonomyParseException;
import io.verbatim.text.taxonomy.TaxonomyTopic;
import io.verbatim.text.topic.Topic;
import io.verbatim.text.topic.TopicCountChooser;
import io.verbatim.text.topic.TopicDiscovery;
import io.verbatim.text.topic.TopicModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim text topics}: discovers the topics of a CSV's text column (or applies a taxonomy), writes the CSV
 * back with every input column plus {@code topic_id} and {@code topic_label}, and prints the topics with their size
 * and top terms; optionally topic trends by period and topic × sentiment.
 */
@Command(
        name = "topics",
        description = "Topics of a text column: discovered (k chosen automatically) or from a taxonomy; adds"
                + " topic_id and topic_label to a copy of the CSV.")
public final class TopicsCommand implements Callable<Integer> {

    /** The label of texts no taxonomy topic matches. */
    static final String NO_TAXONOMY_TOPIC = "(no topic)";

    @Option(
            names = "--in",
            required = true,
            paramLabel = "F.csv",
            description = "The CSV to read (UTF-8 or Windows-1251).")
    private Path in;

    @Option(names = "--column", required = true, paramLabel = "C", description = "The text column.")
    private String column;

    @Option(
            names = "--k",
            paramLabel = "N|auto",
            defaultValue = "auto",
            description = "Number of topics (default auto).")
    private String k;

    @Option(names = "--out", required = true, paramLabel = "O.csv", description = "Where to write the CSV with topics.")
    private Path out;

    @Option(
            names = "--taxonomy",
            paramLabel = "FILE",
            description = "Apply this taxonomy file instead of discovering topics.")
    private Path taxonomyFile;

    @Option(
            names = "--save-taxonomy",
            paramLabel = "FILE",
            description = "Save the topics as an editable taxonomy file (to apply to the next wave).")
    private Path saveTaxonomy;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--merge", paramLabel = "A,B", description = "Merge topic B into topic A (repeatable).")
    private List<String> merges = new ArrayList<>();

    @Option(names = "--split", paramLabel = "A", description = "Split topic A in two (repeatable).")
    private List<Integer> splits = new ArrayList<>();

    @Option(names = "--date-column", paramLabel = "D", description = "A date column: topic trends by period.")
    private String dateColumn;

    @Option(
            names = "--by",
            paramLabel = "day|week|month",
            defaultValue = "month",
            description = "Trend period (month).")
    private Period by;

    @Option(names = "--sentiment-column", paramLabel = "S", description = "A positive/neutral/negative column.")
    private String sentimentColumn;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format.")
    private OutputFormat format;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CsvTable table = CsvTable.read(in);
        List<String> texts = table.cells(table.column(column, in));
        List<String> dates = dateColumn == null ? null : table.cells(table.column(dateColumn, in));
        List<String> sentiments = sentimentColumn == null ? null : table.cells(table.column(sentimentColumn, in));
        Result result = taxonomyFile == null ? discover(texts) : apply(texts);
        int[] assignment = result.assignment();
        Map<Integer, String> labels = new TreeMap<>();
        result.topics().forEach(t -> labels.put(t.id(), t.label()));
        List<List<String>> added = new ArrayList<>(assignment.length);
        for (int topic : assignment) {
            added.add(List.of(Integer.toString(topic), labels.get(topic)));
        }
        table.write(out, List.of("topic_id", "topic_label"), added);
        TopicsReport report = new TopicsReport(
                texts.size(),
                result.topics(),
                result.choice(),
                dates == null ? null : TopicTrends.of(by, assignment, labels, dates),
                sentiments == null ? null : TopicSentiment.of(assignment, labels, sentiments));
        var printer = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            printer.println(Json.write(report.json()));
        } else {
            printer.print(report.text());
        }
        printer.flush();
        return 0;
    }

    /** Topics and the topic of each text, however they were found. */
    private record Result(int[] assignment, List<Topic> topics, TopicCountChooser.Choice choice) {}

    private Result discover(List<String> texts) {
        TopicModel model = edit(new TopicDiscovery(seed).discover(texts, topicCount()));
        if (saveTaxonomy != null) {
            save(Taxonomy.fromModel(model));
        }
        return new Result(model.assignment(), model.topics(), model.choice().orElse(null));
    }

    private Result apply(List<String> texts) {
        if (!merges.isEmpty() || !splits.isEmpty()) {
            throw new UserInputException(
                    "--merge and --split edit discovered topics; with --taxonomy, edit the" + " taxonomy file instead");
        }
        Taxonomy taxonomy;
        try {
            taxonomy = TaxonomyFile.read(taxonomyFile);
        } catch (TaxonomyParseException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot read the taxonomy " + taxonomyFile + ": " + e.getMessage());
        }
        TaxonomyMatcher matcher = new TaxonomyMatcher(taxonomy);
        int[] assignment = new int[texts.size()];
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (int i = 0; i < assignment.length; i++) {
            assignment[i] = matcher.assign(texts.get(i));
            sizes.merge(assignment[i], 1, Integer::sum);
        }
        List<Topic> topics = new ArrayList<>();
        if (sizes.containsKey(0)) {
            topics.add(new Topic(0, NO_TAXONOMY_TOPIC, sizes.get(0), List.of(), List.of(), List.of()));
        }
        for (TaxonomyTopic t : taxonomy.topics()) {
            topics.add(new Topic(
                    t.id(),
                    t.label(),
                    sizes.getOrDefault(t.id(), 0),
                    List.of(),
                    t.rule().any(),
                    List.of()));
        }
        if (saveTaxonomy != null) {
            save(taxonomy);
        }
        return new Result(assignment, topics, null);
    }

    private void save(Taxonomy taxonomy) {
        try {
            TaxonomyFile.write(taxonomy, saveTaxonomy);
        } catch (IOException e) {
            throw new UserInputException("cannot write the taxonomy " + saveTaxonomy + ": " + e.getMessage());
        }
    }

    private int topicCount() {
        if ("auto".equals(k.toLowerCase(Locale.ROOT))) {
            return 0;
        }
        try {
            int n = Integer.parseInt(k);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UserInputException("--k must be a positive number or auto, not '" + k + "'");
        }
    }

    private TopicModel edit(TopicModel model) {
        TopicModel edited = model;
        for (String merge : merges) {
            String[] parts = merge.split(",");
            if (parts.length != 2) {
                throw new UserInputException("--merge takes two topic ids, e.g. --merge 3,7 (not '" + merge + "')");
            }
            int into = topicId(parts[0], edited);
            int from = topicId(parts[1], edited);
            if (into == from || into == 0 || from == 0) {
                throw new UserInputException("--merge needs two different topics other than 0, not '" + merge + "'");
            }
            edited = edited.merge(into, from);
        }
        for (int split : splits) {
            int id = topicId(Integer.toString(split), edited);
            if (id == 0 || edited.topic(id).map(Topic::size).orElse(0) < 2) {
                throw new UserInputException(
                        "--split " + id + ": topic " + id + " cannot be split (topic 0 or" + " fewer than two texts)");
            }
            edited = edited.split(id, seed);
        }
        return edited;
    }

    private static int topicId(String text, TopicModel model) {
        int id;
        try {
            id = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("'" + text + "' is not a topic id; topic ids are numbers");
        }
        if (model.topic(id).isEmpty()) {
            throw new UserInputException("there is no topic " + id + "; the topics are "
                    + model.topics().stream().map(t -> Integer.toString(t.id())).toList());
        }
        return id;
    }
}
