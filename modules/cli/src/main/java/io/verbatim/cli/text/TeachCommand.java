package io.verbatim.cli.text;

import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.domain.port.CorrectionRepository;
import io.verbatim.domain.text.SentimentCorrection;
import io.verbatim.store.Workspace;
import io.verbatim.text.enrich.WorkspaceSentiment;
import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.ModelFile;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.sentiment.teach.CorrectionException;
import io.verbatim.text.sentiment.teach.CorrectionSet;
import io.verbatim.text.sentiment.teach.WorkspaceTeacher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 *
 * <p>{@code verbatim text teach --workspace W [--corrections F.csv]} keeps the file's corrections in the workspace
 * beside those made in the app, and teaches the workspace's own model from all of them ({@link WorkspaceSentiment});
 * {@code text enrich} and the app's texts view use it from then on.
 */
@Command(
        name = "teach",
        description = "Adapt the sentiment model to an analyst's corrections: save it as a model folder (--out), or"
                + " keep the corrections in a workspace and teach the workspace's own model (--workspace).")
public final class TeachCommand implements Callable<Integer> {

    @Option(
            names = "--corrections",
            paramLabel = "F.csv",
            description = "Corrections: a CSV with text,label[,language]. With --workspace they are saved there too.")
    private Path corrections;

    @Option(names = "--out", paramLabel = "DIR", description = "The workspace model folder to write.")
    private Path out;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "Teach this workspace's own model from all its saved corrections; text enrich and the app"
                    + " then use it.")
    private Path workspace;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "Start from this workspace model, not the shipped one (with --out).")
    private Path model;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format.")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((workspace == null) == (out == null)) {
            throw new UserInputException("name either --out DIR (a model folder) or --workspace DIR (a workspace's own"
                    + " model), not both");
        }
        if (workspace == null && corrections == null) {
            throw new UserInputException("--corrections F.csv is required with --out");
        }
        CorrectionSet set = corrections == null ? null : read(corrections);
        long start = System.nanoTime();
        ModelSentimentClassifier taught;
        Path written;
        if (workspace != null) {
            set = teachWorkspace(set);
            written = workspace.resolve(WorkspaceSentiment.FOLDER);
        } else {
            ModelSentimentClassifier base = ClassifierChoice.load(model, null);
            taught = WorkspaceTeacher.teach(base, set);
            Files.createDirectories(out);
            ModelFile.write(taught.russian(), out.resolve(SentimentModels.fileName(TextLanguage.RU)));
            ModelFile.write(taught.english(), out.resolve(SentimentModels.fileName(TextLanguage.EN)));
            written = out;
        }
        print(set, written, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** Saves the file's corrections (if any) in the workspace and teaches its model from all of them. */
    private CorrectionSet teachWorkspace(CorrectionSet fromFile) {
        try (Workspace opened = Workspace.open(workspace)) {
            CorrectionRepository saved = opened.corrections();
            if (fromFile != null) {
                Instant now = Instant.now();
                for (LabeledText row : fromFile.all()) {
                    saved.save(new SentimentCorrection(
                            row.text(), row.language().wireName(), row.label().wireName(), "", now));
                }
            }
            try {
                return WorkspaceSentiment.teach(opened.directory(), saved.corrections());
            } catch (IllegalStateException e) {
                throw new UserInputException(e.getMessage() + " (or pass --corrections F.csv)");
            }
        }
    }

    private static CorrectionSet read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file; --corrections takes a CSV text,label[,language]");
        }
        try {
            return CorrectionSet.read(file);
        } catch (CorrectionException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private void print(CorrectionSet set, Path written, double seconds) {
        PrintWriter printer = spec.commandLine().getOut();
        int ru = set.of(TextLanguage.RU).size();
        int en = set.of(TextLanguage.EN).size();
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("out", written.toString());
            json.put("corrections", Map.of("ru", ru, "en", en));
            json.put("seconds", seconds);
            printer.println(Json.write(json));
        } else {
            printer.printf(
                    "%s: sentiment model taught from %d Russian and %d English corrections (%.1f s)%n",
                    written, ru, en, seconds);
            if (workspace == null) {
                printer.printf("use it with: verbatim text sentiment --model %s ...%n", written);
            } else {
                printer.printf("text enrich and the app now use it in %s%n", workspace);
            }
        }
    }
}
