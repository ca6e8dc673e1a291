package io.verbatim.analytics.weight;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One weighting variable: each row's category and the target share of each category.
 *
 * @param variable the variable's name, for messages ("Region")
 * @param categories one category per row; a blank row's category is {@link #BLANK}
 * @param targets category → target share; shares must add up to 1 (or to 100 when given in percent)
 */
public record Margin(String variable, String[] categories, Map<String, Double> targets) {

    /** The category of a row whose cell is blank; a target may name it to keep such rows. */
    public static final String BLANK = "(blank)";

    private static final double SUM_SLACK = 0.005;

    public Margin {
        Objects.requireNonNull(variable, "variable");
        categories = categories.clone();
        for (int i = 0; i < categories.length; i++) {
            String cell = categories[i] == null ? "" : categories[i].strip();
            categories[i] = cell.isEmpty() ? BLANK : cell;
        }
        targets = normalised(variable, targets);
    }

    /** Targets as shares adding up to exactly 1, or a message saying what is wrong with them. */
    private static Map<String, Double> normalised(String variable, Map<String, Double> targets) {
        if (targets.isEmpty()) {
            throw new WeightingException("The targets for " + variable + " are empty; give a share per category");
        }
        double sum = 0;
        for (var target : targets.entrySet()) {
            double share = target.getValue();
            if (!(share >= 0) || Double.isInfinite(share)) {
                throw new WeightingException("The target for " + variable + " = " + target.getKey() + " is " + share
                        + "; targets are shares between 0 and 1");
            }
            sum += share;
        }
        double unit = Math.abs(sum - 100) <= 100 * SUM_SLACK ? 100 : 1;
        if (Math.abs(sum - unit) > unit * SUM_SLACK) {
            throw new WeightingException("The targets for " + variable + " add up to " + sum
                    + "; they must add up to 1 (or 100 in percent)");
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        double total = sum;
        targets.forEach((category, share) -> shares.put(category.strip(), share / total));
        return Collections.unmodifiableMap(shares);
    }

    @Override
    public String[] categories() {
        return categories.clone();
    }
}
