package io.verbatim.analytics.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.domain.dataset.MentionField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Share of voice on a seven-mention fixture with a brand column:
 *
 * <pre>
 * brand   reach  engagement
 * Acme      100          10
 * Acme      300           5
 * Acme    (blank)          0
 * Rival     600          20
 * Rival     200     (blank)
 * Other     800          15
 * (blank)   500          50     ← names no brand: outside every base
 * </pre>
 */
class ShareOfVoiceCalculatorTest {

    private static final double POINTS = 0.005;

    private static final String[] BRAND = {"Acme", "Acme", "Acme", "Rival", "Rival", "Other", ""};
    private static final String[] REACH = {"100", "300", "", "600", "200", "800", "500"};
    private static final String[] ENGAGEMENT = {"10", "5", "0", "20", "", "15", "50"};

    private final ShareOfVoiceCalculator calculator = new ShareOfVoiceCalculator();

    /**
     * n = 6 brand mentions: Acme 3/6 = 50%, Rival 2/6 = 33.33%, Other 1/6 = 16.67%. Wilson (z = 1.959964) for 3 of 6:
     * centre (.5 + z²/12)/(1 + z²/6) = .5, half-width z·√(.25/6 + z²/144)/(1 + z²/6) = .31238 → [18.76, 81.24]; for 2
     * of 6 → [9.68, 70.00]; 1 of 6 → [3.01, 56.35].
     */
    @Test
    void byCountEachBrandIsItsShareOfBrandMentionsWithAWilsonInterval() {
        VoiceGroup all = share(VoiceMeasure.COUNT);

        assertThat(all.n()).isEqualTo(6);
        assertThat(all.unbranded()).isEqualTo(1);
        assertThat(all.brands()).extracting(BrandShare::brand).containsExactly("Acme", "Rival", "Other");
        assertShare(all.brands().get(0), 50.0, 18.7616, 81.2384);
        assertShare(all.brands().get(1), 33.3333, 9.6771, 70.0007);
        assertShare(all.brands().get(2), 16.6667, 3.0053, 56.3503);
    }

    /**
     * Reach: the blank Acme reach is left out (counted), not weighed 0: n = 5, total 2000. Rival (600 + 200)/2000 =
     * 40%, Other 800/2000 = 40%, Acme 400/2000 = 20%. Acme's SE: ȳ = 400, Σ(aᵢ − R·yᵢ)² = .8²·(100² + 300²) +
     * .2²·(600² + 200² + 800²) = 64000 + 41600 = 105600, SE = √(105600/(5·4))/400 = .18166 → 20 ± 35.60, clipped to
     * [0, 55.60].
     */
    @Test
    void byReachBlankReachIsLeftOutAndTheRatioIntervalIsUsed() {
        VoiceGroup all = share(VoiceMeasure.REACH);

        assertThat(all.n()).isEqualTo(5);
        assertThat(all.blankWeight()).isEqualTo(1);
        // equal weights tie-break by name
        assertThat(all.brands()).extracting(BrandShare::brand).containsExactly("Other", "Rival", "Acme");
        BrandShare acme = all.brands().get(2);
        assertThat(acme.weight()).isEqualTo(400.0);
        assertShare(acme, 20.0, 0.0, 55.6045);
        assertThat(acme.ciHigh()).isCloseTo(independentRatioUpper(acme.share() / 100), within(POINTS));
    }

    /** Engagement: Rival's blank is left out, Acme's 0 is a real 0: n = 5, total 50; Acme 15/50 = 30%, Rival 40%. */
    @Test
    void byEngagementAZeroCountsAndABlankDoesNot() {
        VoiceGroup all = share(VoiceMeasure.ENGAGEMENT);

        assertThat(all.n()).isEqualTo(5);
        assertThat(all.blankWeight()).isEqualTo(1);
        BrandShare rival = all.brands().get(0);
        assertThat(rival.brand()).isEqualTo("Rival");
        assertThat(rival.share()).isCloseTo(40.0, within(POINTS));
        BrandShare acme = all.brands().stream()
                .filter(b -> b.brand().equals("Acme"))
                .findFirst()
                .orElseThrow();
        assertThat(acme.mentions()).isEqualTo(3);
        assertThat(acme.share()).isCloseTo(30.0, within(POINTS));
        // Acme: ȳ = 10, Σ(a − R·y)² = .7²·(100 + 25 + 0) + .3²·(400 + 225) = 117.5; SE = √(117.5/20)/10 = .24238
        assertThat(acme.ciHigh()).isCloseTo(77.5064, within(POINTS));
    }

    @Test
    void keywordListsWinOverTheBrandColumnAndAMentionOfTwoBrandsCountsForBoth() {
        String[] text = {
            "ACME is great!", "Акме лучше всех", "Acmeville news", "Rival vs acme today", "Купил в Ривале", "ничего"
        };
        MentionColumns mentions =
                new MentionColumns("d", text.length, Map.of(MentionField.TEXT, text, MentionField.BRAND, new String[] {
                    "Other", "Other", "Other", "", "", ""
                }));
        BrandKeywords brands = BrandKeywords.parse("Acme=acme,акме; Rival=rival,ривал*");

        VoiceGroup all = calculator
                .share(mentions, VoiceMeasure.COUNT, brands, null, Groups.all(text.length))
                .groups()
                .get(0);

        // Acme: rows 0, 1, 3 (not "Acmeville"); Rival: rows 3 and 4 ("Ривале" by the stem); rows 2 and 5 unbranded
        assertThat(all.n()).isEqualTo(5);
        assertThat(all.unbranded()).isEqualTo(2);
        assertThat(all.brands())
                .extracting(BrandShare::brand, BrandShare::mentions)
                .containsExactly(tuple("Acme", 3L), tuple("Rival", 2L));
        assertThat(all.brands().get(0).share()).isCloseTo(60.0, within(POINTS));
    }

    @Test
    void aListedBrandWithoutMentionsStillShowsZero() {
        String[] text = {"acme", "acme"};
        VoiceGroup all = calculator
                .share(
                        new MentionColumns("d", 2, Map.of(MentionField.TEXT, text)),
                        VoiceMeasure.COUNT,
                        BrandKeywords.parse("Acme=acme;Rival=rival"),
                        null,
                        Groups.all(2))
                .groups()
                .get(0);
        assertThat(all.brands()).extracting(BrandShare::brand).containsExactly("Acme", "Rival");
        assertThat(all.brands().get(1).share()).isZero();
    }

    @Test
    void withoutABrandColumnOrKeywordsTheMessageSaysHowToNameBrands() {
        MentionColumns mentions = new MentionColumns("tw", 1, Map.of(MentionField.TEXT, new String[] {"x"}));
        assertThatThrownBy(() -> calculator.share(mentions, VoiceMeasure.COUNT, null, null, Groups.all(1)))
                .isInstanceOf(MentionException.class)
                .hasMessageContaining("--brands");
    }

    private VoiceGroup share(VoiceMeasure measure) {
        MentionColumns mentions = new MentionColumns(
                "d",
                BRAND.length,
                Map.of(MentionField.BRAND, BRAND, MentionField.REACH, REACH, MentionField.ENGAGEMENT, ENGAGEMENT));
        List<VoiceGroup> groups = calculator
                .share(mentions, measure, null, null, Groups.all(BRAND.length))
                .groups();
        assertThat(groups).hasSize(1);
        return groups.get(0);
    }

    private static void assertShare(BrandShare share, double value, double low, double high) {
        assertThat(share.share()).as(share.brand()).isCloseTo(value, within(POINTS));
        assertThat(share.ciLow()).as(share.brand()).isCloseTo(low, within(POINTS));
        assertThat(share.ciHigh()).as(share.brand()).isCloseTo(high, within(POINTS));
    }

    /** Acme's upper bound by the ratio-estimator SE written out over the five units, not the closed form. */
    private static double independentRatioUpper(double r) {
        double[] y = {100, 300, 600, 200, 800};
        boolean[] acme = {true, true, false, false, false};
        double residuals = 0;
        for (int i = 0; i < y.length; i++) {
            double a = acme[i] ? y[i] : 0;
            residuals += (a - r * y[i]) * (a - r * y[i]);
        }
        double mean = 2000 / 5.0;
        double se = Math.sqrt(residuals / (5 * 4)) / mean;
        return Math.min(1, r + 1.959963984540054 * se) * 100;
    }
}
