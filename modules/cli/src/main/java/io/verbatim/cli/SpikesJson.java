package io.verbatim.cli;

import io.verbatim.analytics.mention.Driver;
import io.verbatim.analytics.mention.PeriodCheck;
import io.verbatim.analytics.mention.SpikeExplanation;
import io.verbatim.analytics.mention.SpikeSeries;
import io.verbatim.analytics.mention.SpikeTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code mentions --metric spikes}: the rule's parameters, and per series the spikes with their drivers
 * and every period's check (count, baseline mean, SD, threshold), so a chart can draw the band.
 */
final class SpikesJson {

    private SpikesJson() {}

    static Map<String, Object> of(SpikeTable table) {
        Map<String, Object> json = MentionsJson.header("spikes", table.dataset(), table.by(), table.definition());
        json.put("period", table.period().wireName());
        json.put("window", table.rule().window());
        json.put("k", table.rule().k());
        json.put("min_volume", table.rule().minimumVolume());
        json.put("undated", table.undated());
        json.put("series", table.series().stream().map(SpikesJson::series).toList());
        return json;
    }

    private static Map<String, Object> series(SpikeSeries series) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", series.group());
        json.put(
                "periods_checked",
                series.checks().stream().filter(PeriodCheck::hasBaseline).count());
        json.put("spikes", series.spikes().stream().map(SpikesJson::spike).toList());
        json.put("periods", series.checks().stream().map(SpikesJson::check).toList());
        return json;
    }

    private static Map<String, Object> spike(SpikeExplanation spike) {
        Map<String, Object> json = check(spike.check());
        json.put("strength", Json.number(spike.check().strength()));
        Map<String, Object> sources = new LinkedHashMap<>();
        spike.sources().forEach((key, drivers) -> sources.put(key, drivers(drivers)));
        json.put("sources", sources);
        json.put("words", drivers(spike.words()));
        return json;
    }

    private static Map<String, Object> check(PeriodCheck check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", check.period());
        json.put("count", check.count());
        json.put("mean", Json.number(check.mean()));
        json.put("sd", Json.number(check.sd()));
        json.put("threshold", Json.number(check.threshold()));
        json.put("spike", check.spike());
        return json;
    }

    private static List<Map<String, Object>> drivers(List<Driver> drivers) {
        return drivers.stream().map(SpikesJson::driver).toList();
    }

    private static Map<String, Object> driver(Driver driver) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", driver.value());
        json.put("spike_mentions", driver.spikeMentions());
        json.put("baseline_mentions", driver.baselineMentions());
        json.put("spike_share", Json.number(driver.spikeShare()));
        json.put("baseline_share", Json.number(driver.baselineShare()));
        json.put("lift", Json.number(driver.lift()));
        json.put("excess", Json.number(driver.excess()));
        return json;
    }
}
