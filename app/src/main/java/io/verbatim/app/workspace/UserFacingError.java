package io.verbatim.app.workspace;

/**
 * Turns a failure into the one line a user sees. Our modules' exceptions (import, score, store) already carry a message
 * written for users ({@code file:line:column: reason}); for anything else the type name is more honest than nothing.
 * Stack traces never reach the screen.
 */
public final class UserFacingError {

    private UserFacingError() {}

    public static String describe(Throwable error) {
        Throwable shown = error;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        if (message == null || message.isBlank()) {
            return shown.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
