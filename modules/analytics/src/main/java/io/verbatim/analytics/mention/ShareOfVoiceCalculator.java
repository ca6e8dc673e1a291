package io.verbatim.analytics.mention;

import io.verbatim.analytics.stat.ConfidenceInterval;
import io.verbatim.domain.dataset.MentionField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Share of voice = a brand's mentions ÷ the mentions of all brands (the brand and its competitors), by count, or with
 * each mention weighed by its reach or engagement (METRICS.md). The base is brand mentions: a mention naming two brands
 * counts once for each, a mention naming none is left out (and counted), and for reach or engagement a mention with a
 * blank figure is left out (and counted) rather than weighed 0.
 *
 * <p>Brands come from the export's {@code brand} column, or, when keyword lists are given, from the text (an explicit
 * list is a request, so it wins over the column).
 *
 * <p>Intervals: by count, Wilson for the proportion of brand mentions. By reach or engagement the share is a ratio of
 * two sums, Σ(weight of the brand's mentions) ÷ Σ(weight of all), and its standard error is the ratio estimator's
 * linearisation: SE² = Σ(aᵢ − R·yᵢ)² / (n(n−1)·ȳ²), with yᵢ a mention's weight, aᵢ = yᵢ when it names the brand, else
 * 0. By count this is the Wald interval; weighed by heavy-tailed reach it is wide, as it should be when one post with a
 * million followers decides the share.
 */
public final class ShareOfVoiceCalculator {

    /**
     * @param keywords brand keyword lists, or null to read the {@code brand} column
     * @param by the breakdown column's key for the table, or null
     * @throws MentionException when there are no brands to read or the measure's column is missing
     */
    public ShareOfVoiceTable share(
            MentionColumns mentions, VoiceMeasure measure, BrandKeywords keywords, String by, Groups groups) {
        BrandReader brands = brandReader(mentions, keywords);
        double[] weights = weights(mentions, measure);
        List<Map<String, double[]>> sums = new ArrayList<>();
        long[] unbranded = new long[groups.size()];
        long[] blankWeight = new long[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            Map<String, double[]> group = new LinkedHashMap<>();
            brands.listed().forEach(name -> group.put(name, new double[3]));
            sums.add(group);
        }
        int[] rowGroups = groups.rowGroups();
        for (int row = 0; row < mentions.rows(); row++) {
            int g = rowGroups[row];
            if (g < 0) {
                continue;
            }
            List<String> named = brands.of(row);
            if (named.isEmpty()) {
                unbranded[g]++;
                continue;
            }
            double y = weights == null ? 1 : weights[row];
            for (String brand : named) {
                if (Double.isNaN(y)) {
                    blankWeight[g]++;
                    continue;
                }
                double[] s = sums.get(g).computeIfAbsent(brand, b -> new double[3]);
                s[0]++;
                s[1] += y;
                s[2] += y * y;
            }
        }
        List<VoiceGroup> result = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            result.add(group(groups.names().get(g), sums.get(g), measure, unbranded[g], blankWeight[g]));
        }
        return new ShareOfVoiceTable(mentions.dataset(), measure, brands.source(), by, result, definition(measure));
    }

    static String definition(VoiceMeasure measure) {
        String weight =
                switch (measure) {
                    case COUNT -> "mentions";
                    case REACH -> "reach";
                    case ENGAGEMENT -> "engagement";
                };
        String interval = measure == VoiceMeasure.COUNT
                ? "95% CI Wilson"
                : "95% CI Wald with the ratio estimator's linearised SE; blank " + weight + " left out";
        return "share of voice = brand " + weight + " ÷ " + weight + " of all brands (brand + competitors), in %;"
                + " base = brand mentions (a mention naming two brands counts for both, unbranded ones left out); "
                + interval;
    }

    private static VoiceGroup group(
            String name, Map<String, double[]> sums, VoiceMeasure measure, long unbranded, long blankWeight) {
        long n = 0;
        double total = 0;
        double squares = 0;
        for (double[] s : sums.values()) {
            n += (long) s[0];
            total += s[1];
            squares += s[2];
        }
        List<BrandShare> shares = new ArrayList<>();
        for (Map.Entry<String, double[]> brand : sums.entrySet()) {
            double[] s = brand.getValue();
            double share = total > 0 ? s[1] / total : Double.NaN;
            ConfidenceInterval ci = measure == VoiceMeasure.COUNT
                    ? ConfidenceInterval.wilson((long) s[0], n)
                    : ratioInterval(share, s[2], squares, n, total);
            shares.add(new BrandShare(brand.getKey(), (long) s[0], s[1], share * 100, ci.low() * 100, ci.high() * 100));
        }
        shares.sort(Comparator.comparingDouble(BrandShare::weight).reversed().thenComparing(BrandShare::brand));
        return new VoiceGroup(name, shares, n, unbranded, blankWeight);
    }

    /**
     * Wald interval of R = Σa/Σy with SE² = Σ(aᵢ − R·yᵢ)² / (n(n−1)·ȳ²). Since aᵢ is yᵢ or 0,
     * Σ(aᵢ − R·yᵢ)² = (1 − R)²·Σ<sub>brand</sub>y² + R²·Σ<sub>others</sub>y².
     */
    static ConfidenceInterval ratioInterval(
            double share, double brandSquares, double allSquares, long n, double total) {
        if (n < 2 || !(total > 0)) {
            return ConfidenceInterval.undefined();
        }
        double mean = total / n;
        double residuals = (1 - share) * (1 - share) * brandSquares + share * share * (allSquares - brandSquares);
        double error = Math.sqrt(residuals / ((double) n * (n - 1))) / mean;
        return ConfidenceInterval.wald(share, error).clip(0, 1);
    }

    private static double[] weights(MentionColumns mentions, VoiceMeasure measure) {
        return switch (measure) {
            case COUNT -> null;
            case REACH -> MeasureSum.values(mentions.require(MentionField.REACH, "share of voice by reach"));
            case ENGAGEMENT ->
                MeasureSum.values(mentions.require(MentionField.ENGAGEMENT, "share of voice by engagement"));
        };
    }

    private static BrandReader brandReader(MentionColumns mentions, BrandKeywords keywords) {
        if (keywords != null) {
            String[] text = mentions.require(MentionField.TEXT, "finding brands by keyword");
            return new BrandReader("keywords in text", keywords.names(), row -> keywords.find(text[row]));
        }
        String[] brand = mentions.optional(MentionField.BRAND)
                .orElseThrow(() -> new MentionException("dataset " + mentions.dataset() + " has no brand column;"
                        + " name the brands by keyword lists, e.g. --brands \"Acme=acme,акме;Rival=rival\""));
        return new BrandReader("brand column", List.of(), row -> {
            String value = brand[row].strip();
            return value.isEmpty() ? List.of() : List.of(value);
        });
    }

    /** Which brands each mention names, from one of the two sources. */
    private record BrandReader(String source, List<String> listed, IntFunction<List<String>> names) {
        List<String> of(int row) {
            return names.apply(row);
        }
    }
}
