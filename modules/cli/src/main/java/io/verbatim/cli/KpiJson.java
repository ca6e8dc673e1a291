package io.verbatim.cli;

import io.verbatim.analytics.ticket.BacklogPoint;
import io.verbatim.analytics.ticket.BacklogResult;
import io.verbatim.analytics.ticket.DurationResult;
import io.verbatim.analytics.ticket.DurationRow;
import io.verbatim.analytics.ticket.KpiHeader;
import io.verbatim.analytics.ticket.KpiResult;
import io.verbatim.analytics.ticket.RateResult;
import io.verbatim.analytics.ticket.RateRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract of {@code kpi}: {@code {"metric","dataset","profile","by","definition":[..],"notes":[..]}} plus
 * {@code "durations":[{"group","clock","n","mean_minutes","median_minutes","p90_minutes"}]}, or
 * {@code "rates":[{"group","variant","hits","n","rate","ci_low","ci_high",...counts}]} (fractions), or
 * {@code "backlog":[{"period_end","group","open"}]}.
 */
final class KpiJson {

    private KpiJson() {}

    static Map<String, Object> of(KpiResult result) {
        KpiHeader header = result.header();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metric", header.metric().wireName());
        json.put("dataset", header.dataset());
        json.put("profile", header.profile().wireName());
        json.put("by", header.by());
        json.put("definition", header.definition());
        json.put("notes", header.notes());
        switch (result) {
            case DurationResult durations -> json.put("durations", rows(durations.rows(), KpiJson::duration));
            case RateResult rates -> json.put("rates", rows(rates.rows(), KpiJson::rate));
            case BacklogResult backlog -> json.put("backlog", rows(backlog.points(), KpiJson::point));
        }
        return json;
    }

    private static <T> List<Map<String, Object>> rows(
            List<T> rows, java.util.function.Function<T, Map<String, Object>> f) {
        List<Map<String, Object>> json = new ArrayList<>();
        rows.forEach(row -> json.add(f.apply(row)));
        return json;
    }

    private static Map<String, Object> duration(DurationRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", row.group());
        json.put("clock", row.clock());
        json.put("n", row.stats().n());
        json.put("mean_minutes", Json.number(row.stats().mean()));
        json.put("median_minutes", Json.number(row.stats().median()));
        json.put("p90_minutes", Json.number(row.stats().p90()));
        return json;
    }

    private static Map<String, Object> rate(RateRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", row.group());
        json.put("variant", row.variant());
        json.put("hits", row.hits());
        json.put("n", row.n());
        json.put("rate", Json.number(row.rate()));
        json.put("ci_low", Json.number(row.interval().low()));
        json.put("ci_high", Json.number(row.interval().high()));
        json.putAll(row.counts());
        return json;
    }

    private static Map<String, Object> point(BacklogPoint point) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period_end", point.periodEnd().toString());
        json.put("group", point.group());
        json.put("open", point.open());
        return json;
    }
}
