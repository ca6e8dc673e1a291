package io.verbatim.analytics.mention;

import io.verbatim.analytics.stat.ConfidenceInterval;
import io.verbatim.analytics.stat.NetScore;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.score.Score;
import java.util.ArrayList;
import java.util.List;

/**
 * Net sentiment = % positive − % negative of the mentions that carry a sentiment (METRICS.md), in points from −100 to
 * +100. It is scored like NPS: each mention is +1, 0 (neutral or mixed) or −1, so the variance formula and the interval
 * are {@link NetScore}'s. Mentions without a label, or with one that is not a sentiment, are not in the base.
 *
 * <p>The sentiment is the monitoring tool's ({@code tool_sentiment}), read through {@link SentimentLabels}; our own
 * classifier's output is a separate column and is not mixed in.
 */
public final class NetSentimentCalculator {

    /** @param by the breakdown column's key or the period's name for the table, or null */
    public SentimentTable sentiment(MentionColumns mentions, String by, Groups groups) {
        String[] labels = mentions.require(MentionField.TOOL_SENTIMENT, "net sentiment");
        long[][] counts = new long[groups.size()][6];
        int[] rowGroups = groups.rowGroups();
        for (int row = 0; row < labels.length; row++) {
            int group = rowGroups[row];
            if (group < 0) {
                continue;
            }
            counts[group][slot(labels[row])]++;
        }
        List<SentimentRow> rows = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            rows.add(row(groups.names().get(g), counts[g]));
        }
        return new SentimentTable(mentions.dataset(), by, rows, definition());
    }

    static String definition() {
        return "net sentiment = % positive − % negative of mentions with a recognised tool_sentiment label (neutral and"
                + " mixed count as 0), in points; n excludes blank and unrecognised labels; 95% CI from the +1/0/−1"
                + " variance formula (Wald; adjusted Wald +0.75/1.5/0.75 when n < " + NetScore.WALD_MINIMUM_N
                + " or near ±100)";
    }

    private static SentimentRow row(String group, long[] c) {
        long positive = c[0];
        long neutral = c[1];
        long negative = c[2];
        long mixed = c[3];
        NetScore net = NetScore.of(positive, neutral + mixed, negative);
        Score score;
        if (net.n() == 0) {
            score = new Score(group, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        } else {
            ConfidenceInterval points = net.interval().scaled(100);
            score = new Score(
                    group, net.n(), net.value() * 100, points.low(), points.high(), net.standardError() * 100);
        }
        return new SentimentRow(score, positive, neutral, negative, mixed, c[4], c[5]);
    }

    private static int slot(String label) {
        if (label.isBlank()) {
            return 4;
        }
        Polarity polarity = SentimentLabels.polarity(label);
        if (polarity == null) {
            return 5;
        }
        return switch (polarity) {
            case POSITIVE -> 0;
            case NEUTRAL -> 1;
            case NEGATIVE -> 2;
            case MIXED -> 3;
        };
    }
}
