package io.verbatim.text.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's n-gram language detector over the model of {@code opennlp-models-langdetect} (103 languages,
 * ISO 639-3 codes), loaded once on first use, as it takes a second and 10 MB and most texts never need it. Each thread
 * gets its own {@link LanguageDetectorME} over the one shared model, as OpenNLP does not promise the detector is
 * thread-safe.
 */
final class OpenNlpLanguages {

    private static final String MODEL = "/langdetect-183.bin";

    private final ThreadLocal<LanguageDetectorME> detectors =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.INSTANCE));

    /** The ISO 639-3 code of the most likely language of a text ({@code rus}, {@code eng}, {@code ukr}…). */
    String best(String text) {
        return detectors.get().predictLanguage(text).getLang();
    }

    /** Holder idiom: the model loads when the first detector is made. */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = OpenNlpLanguages.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the class path");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the OpenNLP language model " + MODEL, e);
            }
        }
    }
}
