package io.verbatim.cli.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Query times in milliseconds and their median and 95th percentile, computed the way {@code query_duckdb.py} computes
 * its own (the p95 is the sorted list's element at index ⌊0.95·n⌋), so the two figures compare like for like.
 */
final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    void add(double ms) {
        millis.add(ms);
    }

    int count() {
        return millis.size();
    }

    double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** A time in milliseconds to two decimals, as the benches print it. */
    static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    double p95() {
        List<Double> sorted = sorted();
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.95)));
    }

    private List<Double> sorted() {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no query was timed");
        }
        return millis.stream().sorted().toList();
    }
}
