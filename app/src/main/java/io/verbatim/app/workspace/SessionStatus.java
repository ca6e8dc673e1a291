package io.verbatim.app.workspace;

/**
 * What the workspace session is doing, in language-neutral terms; view-models turn it into words.
 *
 * @param state the phase
 * @param detail a file name, a count or an error message, depending on the phase
 * @param progress 0..1, or -1 when unknown
 */
public record SessionStatus(State state, String detail, double progress) {

    public static final SessionStatus NO_WORKSPACE = new SessionStatus(State.NO_WORKSPACE, "", 0);

    public boolean busy() {
        return state == State.OPENING || state == State.IMPORTING;
    }

    /** Phases of a session. */
    public enum State {
        NO_WORKSPACE,
        OPENING,
        IMPORTING,
        READY,
        FAILED
    }
}
