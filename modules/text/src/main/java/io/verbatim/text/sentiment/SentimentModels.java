package io.verbatim.text.sentiment;

import io.verbatim.text.lang.TextLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where sentiment models come from: the shipped pair on the class path ({@code io/verbatim/text/models/sentiment-ru.bin}
 * and {@code sentiment-en.bin}, built from {@code resources/models}), or a folder holding files of the same names (a
 * workspace model saved by {@code text teach}, or a freshly trained pair).
 */
public final class SentimentModels {

    /** The class-path folder of the shipped models. */
    public static final String CLASSPATH_FOLDER = "/io/verbatim/text/models/";

    private SentimentModels() {}

    /** The file name of a language's model: {@code sentiment-ru.bin} or {@code sentiment-en.bin}. */
    public static String fileName(TextLanguage language) {
        return "sentiment-" + language.wireName() + ".bin";
    }

    /** The shipped classifier. */
    public static ModelSentimentClassifier shipped() {
        return new ModelSentimentClassifier(shippedModel(TextLanguage.RU), shippedModel(TextLanguage.EN));
    }

    /** One shipped model. */
    public static LinearModel shippedModel(TextLanguage language) {
        String resource = CLASSPATH_FOLDER + fileName(language);
        try (InputStream in = SentimentModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        resource + " is not on the class path: rebuild with 'text train-sentiment'");
            }
            return ModelFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /**
     * The classifier of a folder's {@code sentiment-ru.bin} and {@code sentiment-en.bin}; a language missing from the
     * folder falls back to the shipped model.
     */
    public static ModelSentimentClassifier fromFolder(Path folder) throws IOException {
        return new ModelSentimentClassifier(fromFolder(folder, TextLanguage.RU), fromFolder(folder, TextLanguage.EN));
    }

    private static LinearModel fromFolder(Path folder, TextLanguage language) throws IOException {
        Path file = folder.resolve(fileName(language));
        return Files.isRegularFile(file) ? ModelFile.read(file) : shippedModel(language);
    }
}
