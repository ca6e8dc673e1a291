package io.verbatim.text.sentiment.teach;

/** A corrections file the analyst must fix; the message names the file, the line and what is wrong. */
public final class CorrectionException extends RuntimeException {

    public CorrectionException(String message) {
        super(message);
    }
}
