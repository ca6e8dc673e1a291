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
import io.verbatim.domain.score.Score;
import java.util.Locale;

/** The human rendering of mention tables: one line per period or group, and the definition last. */
final class MentionsText {

    private MentionsText() {}

    static String of(Object table) {
        return switch (table) {
            case VolumeTable volume -> volume(volume);
            case SentimentTable sentiment -> sentiment(sentiment);
            case ShareOfVoiceTable share -> share(share);
            case SpikeTable spikes -> SpikesText.of(spikes);
            default -> throw new IllegalArgumentException("not a mention table: " + table.getClass());
        };
    }

    private static String volume(VolumeTable table) {
        StringBuilder text = new StringBuilder();
        text.append(format(
                "Mention volume per %s in %s%s%n", table.period().wireName(), table.dataset(), byText(table.by())));
        for (VolumeSeries series : table.series()) {
            if (table.by() != null) {
                text.append(format("%s:%n", series.group()));
            }
            series.cells().forEach(cell -> text.append(volumeLine(cell)));
            text.append(volumeLine(series.total()));
        }
        if (table.undated() > 0) {
            text.append(format("%d mentions without a readable date are in no period%n", table.undated()));
        }
        return text.append(table.definition()).append(System.lineSeparator()).toString();
    }

    private static String volumeLine(VolumeCell cell) {
        return format(
                "  %-10s  %6d %-8s%s%s%n",
                cell.period(),
                cell.mentions(),
                mentions(cell.mentions()),
                measure("reach", cell.reach()),
                measure("engagement", cell.engagement()));
    }

    private static String measure(String name, MeasureSum sum) {
        if (sum == null) {
            return "";
        }
        String blank = sum.blank() > 0 ? " (" + sum.blank() + " blank)" : "";
        return format("  %s %.0f%s", name, sum.total(), blank);
    }

    private static String sentiment(SentimentTable table) {
        StringBuilder text = new StringBuilder();
        text.append(format("Net sentiment of %s%s%n", table.dataset(), byText(table.by())));
        int width = Math.max(
                5,
                table.rows().stream()
                        .mapToInt(r -> r.score().group().length())
                        .max()
                        .orElse(5));
        for (SentimentRow row : table.rows()) {
            Score score = row.score();
            String counts = format(
                    "%d positive, %d neutral, %d mixed, %d negative; %d blank, %d unrecognised",
                    row.positive(), row.neutral(), row.mixed(), row.negative(), row.blank(), row.unrecognised());
            if (score.isEmpty()) {
                text.append(format("  %-" + width + "s  no mention with a sentiment (%s)%n", score.group(), counts));
            } else {
                text.append(format(
                        "  %-" + width + "s  %+6.1f ± %.1f  [%+.1f, %+.1f]  n=%d%s  (%s)%n",
                        score.group(),
                        score.value(),
                        score.margin(),
                        score.ciLow(),
                        score.ciHigh(),
                        score.n(),
                        score.n() < SignificanceOptions.DEFAULT_MIN_BASE ? "  (low base)" : "",
                        counts));
            }
        }
        return text.append(table.definition()).append(System.lineSeparator()).toString();
    }

    private static String share(ShareOfVoiceTable table) {
        StringBuilder text = new StringBuilder();
        text.append(format(
                "Share of voice by %s in %s (brands from the %s)%s%n",
                table.measure().wireName(), table.dataset(), table.brandSource(), byText(table.by())));
        for (VoiceGroup group : table.groups()) {
            text.append(format(
                    "%s: n=%d brand mentions; %d mentions name no brand%s%n",
                    group.group(),
                    group.n(),
                    group.unbranded(),
                    group.blankWeight() > 0 ? "; " + group.blankWeight() + " left out for a blank figure" : ""));
            int width = Math.max(
                    5,
                    group.brands().stream()
                            .mapToInt(b -> b.brand().length())
                            .max()
                            .orElse(5));
            for (BrandShare brand : group.brands()) {
                text.append(format(
                        "  %-" + width + "s  %5.1f%%  [%5.1f, %5.1f]  %d %s, %s %.0f%n",
                        brand.brand(),
                        brand.share(),
                        brand.ciLow(),
                        brand.ciHigh(),
                        brand.mentions(),
                        mentions(brand.mentions()),
                        table.measure().wireName(),
                        brand.weight()));
            }
        }
        return text.append(table.definition()).append(System.lineSeparator()).toString();
    }

    static String mentions(long count) {
        return count == 1 ? "mention" : "mentions";
    }

    static String byText(String by) {
        return by == null ? " (all mentions)" : " by " + by;
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
