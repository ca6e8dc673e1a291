package io.verbatim.domain.journey;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Undo and redo over a journey map. Because maps are immutable values, the history keeps whole maps: any edit, however
 * it was made, is undoable with no inverse to write and none to get wrong. A map is a few kilobytes, so a deep history
 * costs little; the oldest steps drop off beyond {@link #DEPTH}. Not thread-safe: one editor owns it.
 */
public final class JourneyHistory {

    /** Steps kept for undo. */
    public static final int DEPTH = 500;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private JourneyMap current;

    /** One edit: the map before it and what the user would call it ("Rename stage"). */
    public record Step(JourneyMap before, String label) {}

    public JourneyHistory(JourneyMap start) {
        this.current = Objects.requireNonNull(start, "start");
    }

    public JourneyMap current() {
        return current;
    }

    /** Applies an edit; a change clears the redo stack, an edit that changes nothing is not recorded. */
    public JourneyMap apply(String label, UnaryOperator<JourneyMap> edit) {
        JourneyMap next = Objects.requireNonNull(edit.apply(current), "an edit returned no map");
        if (!next.equals(current)) {
            undo.push(new Step(current, label));
            if (undo.size() > DEPTH) {
                undo.removeLast();
            }
            redo.clear();
            current = next;
        }
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of the edit undo would revert. */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Step::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Step::label);
    }

    public JourneyMap undo() {
        Step step = undo.pop();
        redo.push(new Step(current, step.label()));
        current = step.before();
        return current;
    }

    public JourneyMap redo() {
        Step step = redo.pop();
        undo.push(new Step(current, step.label()));
        current = step.before();
        return current;
    }
}
