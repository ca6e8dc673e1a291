package io.verbatim.cli;

/** A request the user can correct: an unknown dataset, conflicting options. */
public final class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }
}
