package io.verbatim.analytics.ticket;

import java.util.List;
import java.util.Locale;

/**
 * Which tickets are solved or closed: by the status column when there is one (solved, closed, resolved, done and the
 * Russian решён, закрыт, выполнен, in any case or inflection), else by a solved or closed time.
 */
final class ResolvedTickets {

    private static final List<String> DONE =
            List.of("solved", "closed", "resolved", "done", "решен", "решён", "закрыт", "выполнен");

    private ResolvedTickets() {}

    static boolean[] of(TicketTable table) {
        boolean[] done = new boolean[table.rows()];
        if (table.hasValues("status")) {
            String[] status = table.column("status").orElseThrow();
            for (int row = 0; row < done.length; row++) {
                String word = status[row].strip().toLowerCase(Locale.ROOT);
                done[row] = DONE.stream().anyMatch(word::startsWith);
            }
            return done;
        }
        String[] solved = table.column("solved_at").orElse(null);
        String[] closed = table.column("closed_at").orElse(null);
        if (solved == null && closed == null) {
            throw new KpiException("dataset " + table.dataset() + " has neither a status nor a solved_at/closed_at"
                    + " column, so it cannot tell which tickets are resolved");
        }
        for (int row = 0; row < done.length; row++) {
            done[row] = (solved != null && !solved[row].isBlank()) || (closed != null && !closed[row].isBlank());
        }
        return done;
    }

    static String rule(TicketTable table) {
        return table.hasValues("status")
                ? "resolved = status solved, closed, resolved, done (or решён, закрыт, выполнен)"
                : "resolved = has a solved_at or closed_at time (the dataset has no status)";
    }

    /** The column's numbers, NaN for blanks; refuses a cell that is no number. */
    static double[] numbers(TicketTable table, String key, String why) {
        String[] cells = table.column(key)
                .orElseThrow(
                        () -> new KpiException("dataset " + table.dataset() + " has no " + key + " column; " + why));
        double[] numbers = new double[cells.length];
        for (int row = 0; row < cells.length; row++) {
            String cell = cells[row].strip();
            try {
                numbers[row] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new KpiException("dataset " + table.dataset() + ", row " + (row + 1) + ", column " + key + ": '"
                        + cell + "' is not a number");
            }
        }
        return numbers;
    }
}
