package io.verbatim.cli;

import io.verbatim.analytics.score.Highlight;
import io.verbatim.analytics.score.SegmentTest;
import io.verbatim.analytics.weight.Weighting;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON contract of {@code score}: {@code {"metric", "dataset", "groups":[{"group","n","value","ci_low","ci_high",
 * "effective_n","low_base"}]}} plus the variant, question, definition, min_base, and optional comparison, highlight
 * and weighting objects.
 */
final class ScoreJson {

    private ScoreJson() {}

    static Map<String, Object> of(ScoreResult result) {
        ScoreTable table = result.table();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metric", table.metric().wireName());
        json.put("dataset", table.dataset());
        json.put("question", table.question());
        json.put("variant", table.variant().wireName());
        json.put("by", table.by());
        json.put("definition", table.definition());
        json.put("min_base", result.minimumBase());
        if (result.filtered() != null) {
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("expression", result.filtered().expression());
            filter.put("rows", result.filtered().rows());
            filter.put("of", result.filtered().of());
            json.put("filter", filter);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Score score : table.groups()) {
            groups.add(group(result, score));
        }
        json.put("groups", groups);
        if (result.comparison() != null) {
            json.put("comparison", comparison(result.comparison()));
        }
        if (result.highlight() != null) {
            json.put("highlight", highlight(result.highlight()));
        }
        if (result.weighting() != null) {
            json.put("weighting", weighting(result.weighting()));
        }
        return json;
    }

    private static Map<String, Object> group(ScoreResult result, Score score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", score.group());
        json.put("n", score.n());
        json.put("value", Json.number(score.value()));
        json.put("ci_low", Json.number(score.ciLow()));
        json.put("ci_high", Json.number(score.ciHigh()));
        json.put("effective_n", Json.number(score.effectiveN()));
        json.put("low_base", result.lowBase(score));
        SegmentTest segment = result.segment(score);
        if (segment != null) {
            json.put("highlight", segment(segment));
        }
        return json;
    }

    private static Map<String, Object> segment(SegmentTest segment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", segment.status().name().toLowerCase(Locale.ROOT));
        json.put("rest_n", segment.rest().n());
        json.put("rest_value", Json.number(segment.rest().value()));
        if (segment.comparison() != null) {
            json.put("difference", Json.number(segment.comparison().difference()));
            json.put("statistic", Json.number(segment.comparison().statistic()));
            json.put("p_value", Json.number(segment.comparison().pValue()));
            json.put("p_adjusted", Json.number(segment.adjustedP()));
        }
        json.put("significant", segment.significant());
        return json;
    }

    private static Map<String, Object> highlight(Highlight highlight) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("adjustment", highlight.adjustment().wireName());
        json.put("tested", highlight.tested());
        json.put("definition", highlight.definition());
        json.put(
                "test",
                highlight.segments().stream()
                        .filter(s -> s.comparison() != null)
                        .map(s -> s.comparison().test())
                        .findFirst()
                        .orElse(null));
        return json;
    }

    private static Map<String, Object> weighting(Weighting weighting) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("definition", weighting.definition());
        json.put("n", weighting.sample().n());
        json.put("effective_n", Json.number(weighting.sample().effectiveN()));
        json.put("efficiency", Json.number(weighting.sample().efficiency()));
        json.put("min_weight", Json.number(weighting.minWeight()));
        json.put("max_weight", Json.number(weighting.maxWeight()));
        json.put("iterations", weighting.iterations());
        json.put("trim_rounds", weighting.trimRounds());
        json.put("max_margin_error", Json.number(weighting.maxMarginError()));
        return json;
    }

    static Map<String, Object> comparison(Comparison comparison) {
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
