package io.verbatim.cli.text;

import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.brand.BrandSentiment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim text sentiment --in F.csv --column C [--lang auto|ru|en] --out O.csv}: a copy of the CSV with every
 * input column kept, in order, and {@code language}, {@code sentiment} (positive, neutral, negative) and
 * {@code sentiment_score} (P(positive) - P(negative), in [-1, 1]) added; {@code --brand} adds the sentiment of the
 * sentences naming the brand. Models: the shipped ones, a workspace model ({@code --model DIR}, from {@code text
 * teach}), and either adapted in memory to an analyst's corrections ({@code --corrections F.csv}).
 */
@Command(name = "sentiment", description = "Add language, sentiment and sentiment_score to a CSV's text column.")
public final class SentimentCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "F.csv", description = "The CSV to read.")
    private Path in;

    @Option(names = "--column", required = true, paramLabel = "C", description = "The column with the text.")
    private String column;

    @Option(
            names = "--lang",
            defaultValue = "auto",
            paramLabel = "auto|ru|en",
            description = "The texts' language; auto detects it per row (default: ${DEFAULT-VALUE}).")
    private LanguageChoice language;

    @Option(names = "--out", required = true, paramLabel = "O.csv", description = "The CSV to write.")
    private Path out;

    @Option(
            names = "--brand",
            paramLabel = "NAME[,ALIAS...]",
            description = "Also judge the sentences that name this brand (brand_sentiment, brand_sentiment_score).")
    private String brand;

    @Option(names = "--model", paramLabel = "DIR", description = "A workspace model saved by 'text teach'.")
    private Path model;

    @Option(
            names = "--corrections",
            paramLabel = "F.csv",
            description = "Corrections (text,label[,language]) to adapt the model to before classifying.")
    private Path corrections;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format.")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new UserInputException("--out must differ from --in: " + out);
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException(
                    out + ": the folder " + folder + " does not exist; create it or choose another --out");
        }
        ModelSentimentClassifier classifier = ClassifierChoice.load(model, corrections);
        BrandSentiment brandSentiment = brand == null ? null : brand(brand);
        SentimentSummary summary = new SentimentTable(classifier, language, brandSentiment).run(in, column, out);
        print(summary);
        return 0;
    }

    private static BrandSentiment brand(String names) {
        List<String> list = Arrays.stream(names.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        try {
            return new BrandSentiment(list);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--brand: give a name with letters, e.g. --brand Озон,Ozon");
        }
    }

    private void print(SentimentSummary summary) {
        PrintWriter printer = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("out", out.toString());
            json.put("rows", summary.rows());
            json.put("blank", summary.blank());
            json.put("sentiment", summary.sentiments());
            json.put("language", summary.languages());
            json.put("encoding", summary.charset());
            json.put("seconds", summary.seconds());
            json.put("textsPerSecond", Math.round(summary.textsPerSecond()));
            printer.println(Json.write(json));
            return;
        }
        printer.printf("%s: %,d rows (%s)%n", out, summary.rows(), summary.charset());
        summary.sentiments()
                .forEach((label, n) -> printer.printf("  %-9s %,8d  %5.1f%%%n", label, n, percent(n, summary)));
        if (summary.blank() > 0) {
            printer.printf("  %-9s %,8d  (no text; left blank)%n", "blank", summary.blank());
        }
        printer.printf("  languages: %s%n", summary.languages());
        printer.printf("  %,.0f texts/s (%.2f s)%n", summary.textsPerSecond(), summary.seconds());
    }

    private static double percent(int n, SentimentSummary summary) {
        int texts = summary.rows() - summary.blank();
        return texts == 0 ? 0 : 100.0 * n / texts;
    }
}
