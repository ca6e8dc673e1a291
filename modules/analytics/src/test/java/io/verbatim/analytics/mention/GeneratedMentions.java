package io.verbatim.analytics.mention;

import io.verbatim.domain.dataset.MentionField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.DiscreteDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * A seeded mention series for the spike tests: each day's count is drawn from a Poisson distribution (Apache Commons
 * Statistics' sampler) around a steady level, or around a higher level on the planted days. Every mention gets a
 * source from a fixed rotation and a short text of everyday words.
 */
final class GeneratedMentions {

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final String[] SOURCES = {"twitter.com", "vk.com", "t.me", "news.example.com"};
    private static final String[] WORDS = {"кофе", "latte", "утро", "город", "вкус", "coffee", "menu", "бариста"};

    private GeneratedMentions() {}

    /** Daily counts: Poisson(level) on ordinary days, Poisson(level × lift) on the planted days. */
    static long[] counts(long seed, int days, double level, double lift, int... plantedDays) {
        SplittableRandom random = new SplittableRandom(seed);
        UniformRandomProvider rng = random::nextLong;
        DiscreteDistribution.Sampler ordinary = PoissonDistribution.of(level).createSampler(rng);
        DiscreteDistribution.Sampler planted =
                PoissonDistribution.of(level * lift).createSampler(rng);
        long[] counts = new long[days];
        for (int day = 0; day < days; day++) {
            counts[day] = isPlanted(day, plantedDays) ? planted.sample() : ordinary.sample();
        }
        return counts;
    }

    /** One mention per count, dated on its day, as the columns the workspace would hand over. */
    static MentionColumns mentions(long[] counts) {
        List<String> dates = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int n = 0;
        for (int day = 0; day < counts.length; day++) {
            for (long i = 0; i < counts[day]; i++, n++) {
                dates.add(FIRST_DAY.plusDays(day) + "T12:00:00");
                sources.add(SOURCES[n % SOURCES.length]);
                texts.add(WORDS[n % WORDS.length] + " " + WORDS[(n / 3) % WORDS.length]);
            }
        }
        return new MentionColumns(
                "generated",
                dates.size(),
                Map.of(
                        MentionField.PUBLISHED_AT, dates.toArray(String[]::new),
                        MentionField.SOURCE, sources.toArray(String[]::new),
                        MentionField.TEXT, texts.toArray(String[]::new)));
    }

    private static boolean isPlanted(int day, int[] plantedDays) {
        for (int planted : plantedDays) {
            if (planted == day) {
                return true;
            }
        }
        return false;
    }
}
