package io.verbatim.cli.text;

import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.data.SentimentDataSets;
import io.verbatim.text.sentiment.train.EvaluationRow;
import io.verbatim.text.sentiment.train.SentimentEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim text eval-sentiment --data DIR}: macro-F1 per data set of the shipped (or a given) sentiment models
 * and of a TF-IDF + logistic-regression baseline trained on the same training split, in-domain and cross-domain.
 */
@Command(
        name = "eval-sentiment",
        description = "Macro-F1 per data set: the sentiment models against a TF-IDF + logistic regression baseline.")
public final class EvalSentimentCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The text data folder.")
    private Path data;

    @Option(names = "--model", paramLabel = "DIR", description = "Models to score instead of the shipped ones.")
    private Path model;

    @Option(names = "--limit", defaultValue = "0", description = "At most N rows per test set (0: all).")
    private int limit;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format.")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SentimentDataSets sets = new SentimentDataSets(data);
        if (!sets.present()) {
            throw new UserInputException(
                    data + ": no sentiment/ folder; pass the shared data's text folder with --data");
        }
        ModelSentimentClassifier classifier =
                model == null ? SentimentModels.shipped() : SentimentModels.fromFolder(model);
        List<EvaluationRow> rows = new SentimentEvaluation(sets).evaluate(classifier, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(Json.write(rows));
            return 0;
        }
        out.printf("%-44s %-4s %7s %7s %9s  %s%n", "data set", "lang", "n", "model", "baseline", "split");
        for (EvaluationRow row : rows) {
            out.printf(
                    "%-44s %-4s %,7d %7.3f %9.3f  %s%s%n",
                    row.dataSet(),
                    row.language(),
                    row.n(),
                    row.modelF1(),
                    row.baselineF1(),
                    row.split(),
                    row.crossDomain() ? " (cross-domain)" : "");
        }
        out.println(
                "macro-F1 over the classes present in each set; the baseline is trained on the same training split");
        return 0;
    }
}
