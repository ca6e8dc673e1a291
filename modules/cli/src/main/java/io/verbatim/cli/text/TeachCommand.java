package io.verbatim.cli.text;

import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.ModelFile;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.teach.CorrectionException;
import io.verbatim.text.sentiment.teach.CorrectionSet;
import io.verbatim.text.sentiment.teach.WorkspaceTeacher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim text teach --corrections F.csv --out DIR [--model DIR]}: adapts the sentiment models to an analyst's
 * corrections ({@link WorkspaceTeacher}) and saves them as a workspace model folder that {@code text sentiment --model
 * DIR} reads. Starts from the shipped models, or from an earlier workspace model to teach it more.
 */
@Command(name = "teach", description = "Save a workspace sentiment model adapted to an analyst's corrections.")
public final class TeachCommand implements Callable<Integer> {

    @Option(
            names = "--corrections",
            required = true,
            paramLabel = "F.csv",
            description = "Corrections: a CSV with text,label[,language].")
    private Path corrections;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The workspace model folder to write.")
    private Path out;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "Start from this workspace model, not the shipped one.")
    private Path model;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format.")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(corrections)) {
            throw new UserInputException(
                    corrections + ": no such file; --corrections takes a CSV text,label[,language]");
        }
        CorrectionSet set;
        try {
            set = CorrectionSet.read(corrections);
        } catch (CorrectionException e) {
            throw new UserInputException(e.getMessage());
        }
        ModelSentimentClassifier base = ClassifierChoice.load(model, null);
        long start = System.nanoTime();
        ModelSentimentClassifier taught = WorkspaceTeacher.teach(base, set);
        Files.createDirectories(out);
        ModelFile.write(taught.russian(), out.resolve(SentimentModels.fileName(TextLanguage.RU)));
        ModelFile.write(taught.english(), out.resolve(SentimentModels.fileName(TextLanguage.EN)));
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter printer = spec.commandLine().getOut();
        int ru = set.of(TextLanguage.RU).size();
        int en = set.of(TextLanguage.EN).size();
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("out", out.toString());
            json.put("corrections", Map.of("ru", ru, "en", en));
            json.put("seconds", seconds);
            printer.println(Json.write(json));
        } else {
            printer.printf(
                    "%s: workspace sentiment model from %d Russian and %d English corrections (%.1f s)%n",
                    out, ru, en, seconds);
            printer.printf("use it with: verbatim text sentiment --model %s ...%n", out);
        }
        return 0;
    }
}
