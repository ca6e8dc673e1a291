package io.verbatim.cli.text;

import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.job.JobContext;
import io.verbatim.store.Workspace;
import io.verbatim.text.enrich.EnrichmentRequest;
import io.verbatim.text.enrich.EnrichmentResult;
import io.verbatim.text.enrich.TextEnrichment;
import io.verbatim.text.enrich.WorkspaceSentiment;
import io.verbatim.text.lang.LanguageDetector;
import io.verbatim.text.topic.Topic;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim text enrich}: language, sentiment and (optionally) topics of a workspace dataset's text column,
 * stored beside it as derived columns that {@code score --by}, {@code --filter} and the dashboard use like any other.
 * The workspace's sentiment corrections win over the model, and its taught model is used when there is one.
 */
@Command(
        name = "enrich",
        description = "Adds C_language, C_sentiment, C_sentiment_score (and C_topic with --topics) to a workspace"
                + " dataset's text column C.")
public final class EnrichCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The dataset.")
    private String dataset;

    @Option(names = "--column", required = true, paramLabel = "C", description = "The text column.")
    private String column;

    @Option(names = "--no-sentiment", description = "Only the language (and topics), no sentiment.")
    private boolean noSentiment;

    @Option(names = "--topics", description = "Also discover topics and store each text's topic.")
    private boolean topics;

    @Option(
            names = "--k",
            paramLabel = "N|auto",
            defaultValue = "auto",
            description = "Number of topics with --topics (default: ${DEFAULT-VALUE}).")
    private String k;

    @Option(
            names = "--brand",
            paramLabel = "NAME[,ALIAS...]",
            split = ",",
            description = "Also the sentiment toward this brand (C_brand_sentiment, C_brand_sentiment_score), from"
                    + " the sentences that name it.")
    private List<String> brandNames;

    @Option(
            names = "--brand-column",
            paramLabel = "COL",
            description = "Read each row's brand from this column (default for a mention dataset: its brand column,"
                    + " when it has one).")
    private String brandColumn;

    @Option(names = "--seed", defaultValue = "7", description = "Topic discovery seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EnrichmentResult result;
        try (Workspace workspace = options.open()) {
            Dataset data = WorkspaceOptions.requireDataset(workspace, dataset);
            EnrichmentRequest request =
                    new EnrichmentRequest(column, !noSentiment, topics, topicCount(), seed, brand(data));
            TextEnrichment enrichment =
                    new TextEnrichment(new LanguageDetector(), WorkspaceSentiment.load(workspace.directory()));
            try {
                result = enrichment.enrich(
                        workspace.datasets(),
                        data,
                        request,
                        workspace.corrections().corrections(),
                        JobContext.none());
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            out.println(Json.write(json(result)));
        } else {
            out.print(text(result));
        }
        return 0;
    }

    private EnrichmentRequest.Brand brand(Dataset data) {
        List<String> names = brandNames == null
                ? List.of()
                : brandNames.stream().map(String::strip).toList();
        String fromColumn = brandColumn;
        String mentionBrand = MentionField.BRAND.key();
        if (names.isEmpty() && fromColumn == null && data.kind() == DatasetKind.MENTIONS) {
            fromColumn = data.column(mentionBrand).isPresent() ? mentionBrand : null;
        }
        if (!names.isEmpty() && fromColumn != null) {
            throw new UserInputException("name the brand with --brand or read it from --brand-column, not both");
        }
        return names.isEmpty() && fromColumn == null
                ? EnrichmentRequest.Brand.NONE
                : new EnrichmentRequest.Brand(names, fromColumn);
    }

    private int topicCount() {
        if (k.equalsIgnoreCase("auto")) {
            return 0;
        }
        try {
            int count = Integer.parseInt(k.strip());
            if (count < 2) {
                throw new UserInputException("--k must be auto or a number of topics from 2 up; got " + k);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new UserInputException("--k must be auto or a number of topics from 2 up; got " + k);
        }
    }

    private Map<String, Object> json(EnrichmentResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", result.dataset().name());
        json.put("column", column);
        json.put("texts", result.texts());
        json.put("columns", result.columns());
        json.put("languages", result.languages());
        json.put("sentiments", result.sentiments());
        json.put("corrected", result.corrected());
        json.put(
                "topics",
                result.topics().stream()
                        .map(t -> Map.of("id", t.id(), "label", t.label(), "size", t.size()))
                        .toList());
        return json;
    }

    private String text(EnrichmentResult result) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%s: %d texts in '%s'; added %s%n",
                result.dataset().name(),
                result.texts(),
                column,
                String.join(", ", result.columns())));
        text.append("  languages: ").append(counts(result.languages())).append('\n');
        if (!result.sentiments().isEmpty()) {
            text.append("  sentiment: ").append(counts(result.sentiments()));
            if (result.corrected() > 0) {
                text.append(" (").append(result.corrected()).append(" from analysts' corrections)");
            }
            text.append('\n');
        }
        List<Topic> found = result.topics();
        if (!found.isEmpty()) {
            text.append("  topics: ").append(found.size()).append('\n');
            found.forEach(
                    t -> text.append(String.format(Locale.ROOT, "    %3d  %6d  %s%n", t.id(), t.size(), t.label())));
        }
        return text.toString();
    }

    private static String counts(Map<String, Long> counts) {
        StringBuilder line = new StringBuilder();
        counts.forEach((name, n) ->
                line.append(line.isEmpty() ? "" : ", ").append(name).append(' ').append(n));
        return line.toString();
    }
}
