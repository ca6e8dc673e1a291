package io.verbatim.analytics.weight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cell weighting: a target share for every cell of crossed variables (Region × Gender), each respondent weighted by
 * target share / sample share of their cell. That is raking on a single margin whose categories are the cells, so it
 * is built as one {@link Margin} and fitted (and trimmed) by {@link RimWeighting}, converging in one pass.
 *
 * <p>Cell weighting needs a respondent in every targeted cell; when crossed cells get sparse, rim weighting on the
 * variables' margins is the better tool.
 */
public final class CellWeighting {

    /** Separates the variables' values in a cell's name: "Москва × F". */
    public static final String CROSS = " × ";

    private CellWeighting() {}

    /**
     * @param variables the crossed variables' names, in order
     * @param columns one category column per variable, each with one cell per row
     * @param targets cell (one value per variable, in order) → target share
     */
    public static Margin cells(List<String> variables, List<String[]> columns, Map<List<String>, Double> targets) {
        if (variables.isEmpty() || variables.size() != columns.size()) {
            throw new WeightingException("cell weighting needs one column per crossed variable");
        }
        int rows = columns.getFirst().length;
        String[] cells = new String[rows];
        for (int row = 0; row < rows; row++) {
            StringBuilder cell = new StringBuilder();
            for (int v = 0; v < columns.size(); v++) {
                String value = columns.get(v)[row] == null ? "" : columns.get(v)[row].strip();
                cell.append(v == 0 ? "" : CROSS).append(value.isEmpty() ? Margin.BLANK : value);
            }
            cells[row] = cell.toString();
        }
        Map<String, Double> named = new LinkedHashMap<>();
        targets.forEach((cell, share) -> {
            if (cell.size() != variables.size()) {
                throw new WeightingException("the cell " + cell + " names " + cell.size() + " values; it needs one for"
                        + " each of " + String.join(", ", variables));
            }
            named.put(String.join(CROSS, cell.stream().map(String::strip).toList()), share);
        });
        return new Margin(String.join(CROSS, variables), cells, named);
    }
}
