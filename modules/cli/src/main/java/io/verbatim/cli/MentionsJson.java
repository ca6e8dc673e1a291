package io.verbatim.cli;

import io.verbatim.analytics.mention.BrandShare;
import io.verbatim.analytics.mention.MeasureSum;
import io.verbatim.analytics.mention.SentimentRow;
import io.verbatim.analytics.mention.SentimentTable;
import io.verbatim.analytics.mention.ShareOfVoiceTable;
import io.verbatim.analytics.mention.SpikeTable;
import io.verbatim.analytics.mention.VoiceGroup;
import io.verbatim.analytics.mention.VolumeCell;
import io.verbatim.analytics.mention.VolumeSeries;
import io.verbatim.analytics.mention.VolumeTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract of {@code mentions}: {@code {"metric", "dataset", "by", "definition", ...}} and, per metric,
 * {@code series} (volume, spikes) or {@code groups} (sentiment, sov). Spikes are written by {@link SpikesJson}.
 */
final class MentionsJson {

    private MentionsJson() {}

    static Map<String, Object> of(Object table) {
        return switch (table) {
            case VolumeTable volume -> volume(volume);
            case SentimentTable sentiment -> sentiment(sentiment);
            case ShareOfVoiceTable share -> share(share);
            case SpikeTable spikes -> SpikesJson.of(spikes);
            default -> throw new IllegalArgumentException("not a mention table: " + table.getClass());
        };
    }

    private static Map<String, Object> volume(VolumeTable table) {
        Map<String, Object> json = header("volume", table.dataset(), table.by(), table.definition());
        json.put("period", table.period().wireName());
        json.put("undated", table.undated());
        json.put(
                "series",
                table.series().stream().map(MentionsJson::volumeSeries).toList());
        return json;
    }

    private static Map<String, Object> volumeSeries(VolumeSeries series) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", series.group());
        json.put("total", cell(series.total()));
        json.put("periods", series.cells().stream().map(MentionsJson::cell).toList());
        return json;
    }

    private static Map<String, Object> cell(VolumeCell cell) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", cell.period());
        json.put("mentions", cell.mentions());
        json.put("reach", sum(cell.reach()));
        json.put("engagement", sum(cell.engagement()));
        return json;
    }

    private static Map<String, Object> sum(MeasureSum sum) {
        if (sum == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sum", Json.number(sum.total()));
        json.put("counted", sum.counted());
        json.put("blank", sum.blank());
        return json;
    }

    private static Map<String, Object> sentiment(SentimentTable table) {
        Map<String, Object> json = header("sentiment", table.dataset(), table.by(), table.definition());
        json.put("groups", table.rows().stream().map(MentionsJson::sentimentRow).toList());
        return json;
    }

    private static Map<String, Object> sentimentRow(SentimentRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", row.score().group());
        json.put("n", row.score().n());
        json.put("value", Json.number(row.score().value()));
        json.put("ci_low", Json.number(row.score().ciLow()));
        json.put("ci_high", Json.number(row.score().ciHigh()));
        json.put("positive", row.positive());
        json.put("neutral", row.neutral());
        json.put("negative", row.negative());
        json.put("mixed", row.mixed());
        json.put("blank", row.blank());
        json.put("unrecognised", row.unrecognised());
        return json;
    }

    private static Map<String, Object> share(ShareOfVoiceTable table) {
        Map<String, Object> json = header("sov", table.dataset(), table.by(), table.definition());
        json.put("measure", table.measure().wireName());
        json.put("brand_source", table.brandSource());
        json.put("groups", table.groups().stream().map(MentionsJson::voiceGroup).toList());
        return json;
    }

    private static Map<String, Object> voiceGroup(VoiceGroup group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", group.group());
        json.put("n", group.n());
        json.put("unbranded", group.unbranded());
        json.put("blank_weight", group.blankWeight());
        List<Map<String, Object>> brands =
                group.brands().stream().map(MentionsJson::brand).toList();
        json.put("brands", brands);
        return json;
    }

    private static Map<String, Object> brand(BrandShare share) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("brand", share.brand());
        json.put("mentions", share.mentions());
        json.put("weight", Json.number(share.weight()));
        json.put("share", Json.number(share.share()));
        json.put("ci_low", Json.number(share.ciLow()));
        json.put("ci_high", Json.number(share.ciHigh()));
        return json;
    }

    static Map<String, Object> header(String metric, String dataset, String by, String definition) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metric", metric);
        json.put("dataset", dataset);
        json.put("by", by);
        json.put("definition", definition);
        return json;
    }
}
