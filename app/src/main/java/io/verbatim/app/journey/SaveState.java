package io.verbatim.app.journey;

/**
 * What the autosave writer is doing, for the status line.
 *
 * @param phase idle with everything written, writing, or failed
 * @param problem why the last write failed (one line), or empty
 */
public record SaveState(Phase phase, String problem) {

    public static final SaveState SAVED = new SaveState(Phase.SAVED, "");
    public static final SaveState SAVING = new SaveState(Phase.SAVING, "");

    /** The writer's phase. */
    public enum Phase {
        SAVED,
        SAVING,
        FAILED
    }

    public static SaveState failed(String problem) {
        return new SaveState(Phase.FAILED, problem);
    }
}
