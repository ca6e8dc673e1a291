package io.verbatim.text.enrich;

import io.verbatim.domain.text.SentimentCorrection;
import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.ModelFile;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.sentiment.teach.CorrectionSet;
import io.verbatim.text.sentiment.teach.WorkspaceTeacher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace's own sentiment model ("teach it"): the shipped models adapted to the analysts' corrections
 * ({@link WorkspaceTeacher}), kept as files in the workspace folder's {@code models/} so every later analysis of that
 * workspace uses them. Teaching always starts again from the shipped models with every correction, so a correction
 * taken back is forgotten and none counts twice.
 */
public final class WorkspaceSentiment {

    /** The folder inside a workspace that holds its taught models. */
    public static final String FOLDER = "models";

    private WorkspaceSentiment() {}

    /** The workspace's taught classifier, or the shipped one when it was never taught. */
    public static ModelSentimentClassifier load(Path workspace) {
        Path folder = workspace.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return SentimentModels.shipped();
        }
        try {
            return SentimentModels.fromFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The workspace's sentiment model in " + folder + " cannot be read (" + e.getMessage()
                            + "); delete that folder to go back to the shipped model, then teach it again",
                    e);
        }
    }

    /** Whether the workspace has a taught model. */
    public static boolean isTaught(Path workspace) {
        return Files.isDirectory(workspace.resolve(FOLDER));
    }

    /**
     * Teaches the workspace's model from its corrections and saves it (each file written beside and then moved into
     * place, so a crash leaves the old model or the new one, never half of one).
     *
     * @return the corrections it learned from, each in the language whose model it taught
     * @throws IllegalStateException when there are no corrections to learn from
     */
    public static CorrectionSet teach(Path workspace, List<SentimentCorrection> corrections) {
        if (corrections.isEmpty()) {
            throw new IllegalStateException(
                    "There are no corrections to learn from yet: correct the sentiment of a few" + " texts first");
        }
        List<LabeledText> labelled = new ArrayList<>();
        for (SentimentCorrection correction : corrections) {
            labelled.add(new LabeledText(
                    correction.text(), SentimentLabel.fromWire(correction.label()), language(correction)));
        }
        CorrectionSet set = new CorrectionSet(labelled);
        ModelSentimentClassifier taught = WorkspaceTeacher.teach(SentimentModels.shipped(), set);
        Path folder = workspace.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
            save(taught, folder, TextLanguage.RU);
            save(taught, folder, TextLanguage.EN);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The taught sentiment model cannot be saved in " + folder + ": " + e.getMessage(), e);
        }
        return set;
    }

    private static void save(ModelSentimentClassifier taught, Path folder, TextLanguage language) throws IOException {
        Path target = folder.resolve(SentimentModels.fileName(language));
        Path partial = folder.resolve(target.getFileName() + ".partial");
        ModelFile.write(language == TextLanguage.RU ? taught.russian() : taught.english(), partial);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static TextLanguage language(SentimentCorrection correction) {
        TextLanguage language = TextLanguage.fromWire(correction.language());
        return language == TextLanguage.OTHER ? ModelSentimentClassifier.byScript(correction.text()) : language;
    }
}
