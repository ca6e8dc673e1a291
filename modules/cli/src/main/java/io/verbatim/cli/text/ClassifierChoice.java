package io.verbatim.cli.text;

import io.verbatim.cli.UserInputException;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.teach.CorrectionException;
import io.verbatim.text.sentiment.teach.CorrectionSet;
import io.verbatim.text.sentiment.teach.WorkspaceTeacher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sentiment models a command uses: shipped or a workspace model folder, adapted to corrections when given. */
final class ClassifierChoice {

    private ClassifierChoice() {}

    /**
     * @param model a folder with {@code sentiment-ru.bin} and/or {@code sentiment-en.bin}, or null for the shipped models
     * @param corrections a corrections CSV to adapt to, or null
     */
    static ModelSentimentClassifier load(Path model, Path corrections) {
        ModelSentimentClassifier base;
        if (model == null) {
            base = SentimentModels.shipped();
        } else {
            if (!Files.isDirectory(model)) {
                throw new UserInputException(model + ": no such folder; --model takes the folder 'text teach' wrote");
            }
            try {
                base = SentimentModels.fromFolder(model);
            } catch (IOException e) {
                throw new UserInputException(model + ": not a sentiment model folder (" + e.getMessage() + ")");
            }
        }
        if (corrections == null) {
            return base;
        }
        if (!Files.isRegularFile(corrections)) {
            throw new UserInputException(
                    corrections + ": no such file; --corrections takes a CSV text,label[,language]");
        }
        try {
            return WorkspaceTeacher.teach(base, CorrectionSet.read(corrections));
        } catch (CorrectionException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
