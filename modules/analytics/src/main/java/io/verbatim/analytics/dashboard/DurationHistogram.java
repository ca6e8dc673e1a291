package io.verbatim.analytics.dashboard;

import java.util.List;

/**
 * First reply or resolution times of the filtered tickets in buckets (&lt;1h, 1–4h, 4–8h, 8–24h, 1–3d, &gt;3d of the
 * histogram's clock), with the SLA target to mark on it.
 *
 * @param clock {@code business} (the calendar's working time), or the stated clock when the export gives durations
 * @param buckets in order, each counting the tickets whose time lies in [from, to)
 * @param n tickets measured (the sum of the buckets; equals the KPI's n)
 * @param targetMinutes the SLA target for these tickets, NaN when the targets are not on this time or vary
 */
public record DurationHistogram(String clock, List<Bucket> buckets, long n, double targetMinutes) {

    /** Bucket edges in minutes: 1h, 4h, 8h, 24h, 3 days. */
    static final List<Double> EDGES = List.of(60.0, 240.0, 480.0, 1440.0, 4320.0);

    /** Labels of the buckets, language-neutral (the app translates the units). */
    static final List<String> LABELS = List.of("<1h", "1-4h", "4-8h", "8-24h", "1-3d", ">3d");

    public DurationHistogram {
        buckets = List.copyOf(buckets);
    }

    /**
     * One bar.
     *
     * @param label e.g. {@code 1-4h}
     * @param fromMinutes inclusive lower edge
     * @param toMinutes exclusive upper edge, infinite for the last
     * @param count tickets in it
     */
    public record Bucket(String label, double fromMinutes, double toMinutes, long count) {}

    static DurationHistogram of(String clock, double[] minutes, double targetMinutes) {
        long[] counts = new long[LABELS.size()];
        long n = 0;
        for (double value : minutes) {
            if (!Double.isNaN(value)) {
                counts[bucket(value)]++;
                n++;
            }
        }
        List<Bucket> buckets = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new Bucket(
                    LABELS.get(i),
                    i == 0 ? 0 : EDGES.get(i - 1),
                    i < EDGES.size() ? EDGES.get(i) : Double.POSITIVE_INFINITY,
                    counts[i]));
        }
        return new DurationHistogram(clock, buckets, n, targetMinutes);
    }

    static int bucket(double minutes) {
        int index = 0;
        while (index < EDGES.size() && minutes >= EDGES.get(index)) {
            index++;
        }
        return index;
    }
}
