package io.verbatim.cli.bench;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.cli.text.LanguageChoice;
import io.verbatim.cli.text.SentimentSummary;
import io.verbatim.cli.text.SentimentTable;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.sentiment.data.SentimentDataSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench text-sentiment --texts 100000}: writes a CSV of real customer-like texts (the five sentiment
 * sets of {@code ../shared/data/text}, repeated and shuffled with a fixed seed, Russian and English mixed), then runs
 * it through the same path as {@code text sentiment --lang auto} several times and prints the median texts per second
 * after start-up (model loading is timed apart), reading, classifying and writing included.
 */
@Command(name = "text-sentiment", description = "Time 'text sentiment' over N real texts (median texts/s).")
public final class SentimentBenchCommand implements Callable<Integer> {

    @Option(names = "--texts", defaultValue = "100000", description = "Texts to classify (default: ${DEFAULT-VALUE}).")
    private int texts;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "../shared/data/text",
            description = "The text data folder (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format.")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (texts < 1 || runs < 1) {
            throw new UserInputException("--texts and --runs must be at least 1");
        }
        SentimentDataSets sets = new SentimentDataSets(data);
        if (!sets.present()) {
            throw new UserInputException(
                    data + ": no sentiment/ folder; pass the shared data's text folder with --data");
        }
        Path scratch = Files.createTempDirectory("verbatim-bench-sentiment");
        try {
            Path in = scratch.resolve("texts.csv");
            writeTexts(sets, in);
            long loading = System.nanoTime();
            ModelSentimentClassifier classifier = SentimentModels.shipped();
            double startup = (System.nanoTime() - loading) / 1e9;
            SentimentTable table = new SentimentTable(classifier, LanguageChoice.AUTO, null);
            table.run(in, "text", scratch.resolve("warm-up.csv"));
            List<Double> rates = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                SentimentSummary summary = table.run(in, "text", scratch.resolve("out.csv"));
                rates.add(summary.textsPerSecond());
            }
            print(startup, rates);
            return 0;
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private void writeTexts(SentimentDataSets sets, Path file) throws IOException {
        List<String> pool = new ArrayList<>();
        for (List<LabeledText> set : List.of(
                sets.clothing(),
                sets.uci("amazon_cells"),
                sets.uci("yelp"),
                sets.uci("imdb"),
                sets.cedr("train"),
                sets.ruSentiment(),
                sets.ruSentiTweet())) {
            for (LabeledText row : set) {
                pool.add(row.text());
            }
        }
        List<String> chosen = new ArrayList<>(texts);
        while (chosen.size() < texts) {
            chosen.addAll(pool.subList(0, Math.min(pool.size(), texts - chosen.size())));
        }
        Collections.shuffle(chosen, new Random(42));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(writer)) {
            csv.writeRecord("id", "text");
            for (int i = 0; i < chosen.size(); i++) {
                csv.writeRecord(Integer.toString(i + 1), chosen.get(i));
            }
        }
    }

    private void print(double startup, List<Double> rates) {
        List<Double> sorted = new ArrayList<>(rates);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("texts", texts);
            json.put("runs", runs);
            json.put("modelLoadSeconds", startup);
            json.put("textsPerSecondMedian", Math.round(median));
            json.put("textsPerSecondRuns", rates.stream().map(Math::round).toList());
            json.put("threads", Runtime.getRuntime().availableProcessors());
            out.println(Json.write(json));
            return;
        }
        out.printf(
                "text sentiment, %,d texts, %d runs after a warm-up run, %d threads%n",
                texts, runs, Runtime.getRuntime().availableProcessors());
        out.printf("  model loading   %.2f s%n", startup);
        out.printf("  median          %,.0f texts/s%n", median);
        out.printf(
                "  runs            %s%n",
                rates.stream().map(r -> String.format("%,.0f", r)).toList());
    }
}
