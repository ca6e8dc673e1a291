package io.verbatim.analytics.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The display order of a breakdown's groups, the same for every source of scores: most answers first, then by name,
 * and the group of blank cells always last.
 */
public final class GroupOrder {

    /** The group of rows whose breakdown cell is blank. */
    public static final String BLANK = "(blank)";

    private GroupOrder() {}

    /** @param answers group → the number of valid answers it holds */
    public static List<String> of(Map<String, ? extends Number> answers) {
        List<String> order = new ArrayList<>(answers.keySet());
        order.sort(Comparator.comparing((String g) -> g.equals(BLANK))
                .thenComparing(g -> -answers.get(g).longValue())
                .thenComparing(Comparator.naturalOrder()));
        return order;
    }
}
