package io.verbatim.cli;

/** A request the user can correct: an unknown dataset, conflicting options. */
final class UserInputException extends RuntimeException {

    UserInputException(String message) {
        super(message);
    }
}
