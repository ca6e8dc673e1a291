package io.verbatim.cli;

import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract of {@code score}: {@code {"metric", "dataset", "groups":[{"group","n","value","ci_low","ci_high"}]}}
 * plus the variant, question, definition and an optional comparison.
 */
final class ScoreJson {

    private ScoreJson() {}

    static Map<String, Object> of(ScoreTable table, Comparison comparison) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metric", table.metric().wireName());
        json.put("dataset", table.dataset());
        json.put("question", table.question());
        json.put("variant", table.variant().wireName());
        json.put("by", table.by());
        json.put("definition", table.definition());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Score score : table.groups()) {
            groups.add(group(score));
        }
        json.put("groups", groups);
        if (comparison != null) {
            json.put("comparison", comparison(comparison));
        }
        return json;
    }

    private static Map<String, Object> group(Score score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", score.group());
        json.put("n", score.n());
        json.put("value", Json.number(score.value()));
        json.put("ci_low", Json.number(score.ciLow()));
        json.put("ci_high", Json.number(score.ciHigh()));
        return json;
    }

    private static Map<String, Object> comparison(Comparison comparison) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("first", comparison.first().group());
        json.put("second", comparison.second().group());
        json.put("difference", Json.number(comparison.difference()));
        json.put("statistic", Json.number(comparison.statistic()));
        json.put("p_value", Json.number(comparison.pValue()));
        json.put("significant", comparison.significant());
        json.put("test", comparison.test());
        return json;
    }
}
