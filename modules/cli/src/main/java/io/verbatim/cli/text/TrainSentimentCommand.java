package io.verbatim.cli.text;

import io.verbatim.cli.UserInputException;
import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.LinearModel;
import io.verbatim.text.sentiment.ModelFile;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.data.SentimentDataSets;
import io.verbatim.text.sentiment.teach.AnchorSample;
import io.verbatim.text.sentiment.train.LanguageSplits;
import io.verbatim.text.sentiment.train.ShippedTraining;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim text train-sentiment --data DIR --out DIR}: rebuilds the shipped sentiment models from the shared
 * data, on the permissively licensed sets only (CEDR for Russian; clothing reviews and UCI Amazon and Yelp for
 * English), with a fixed seed, so the same data gives the same files. Beside each model it writes the anchor sample
 * that {@code text teach} retrains on ({@code sentiment-anchors-ru.tsv}, {@code -en.tsv}).
 */
@Command(
        name = "train-sentiment",
        description = "Train the Russian and English sentiment models from the permissive sets in ../shared/data/text.")
public final class TrainSentimentCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The text data folder.")
    private Path data;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Where sentiment-ru.bin and -en.bin go.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SentimentDataSets sets = new SentimentDataSets(data);
        if (!sets.present()) {
            throw new UserInputException(
                    data + ": no sentiment/ folder; pass the shared data's text folder with --data");
        }
        PrintWriter printer = spec.commandLine().getOut();
        for (TextLanguage language : List.of(TextLanguage.RU, TextLanguage.EN)) {
            long start = System.nanoTime();
            LinearModel model = ShippedTraining.train(sets, language);
            Path file = out.resolve(SentimentModels.fileName(language));
            ModelFile.write(model, file);
            AnchorSample.write(LanguageSplits.of(sets, language).train(), out.resolve(AnchorSample.fileName(language)));
            printer.printf(
                    "%s: %s (%,d bytes) in %.1f s%n",
                    language.wireName(), file, Files.size(file), (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
