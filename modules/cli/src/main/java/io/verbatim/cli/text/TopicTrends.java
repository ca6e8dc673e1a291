package io.verbatim.cli.text;

import io.verbatim.analytics.score.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Topic trends: how many texts of each topic fall in each day, week or month, and what share of the period's texts
 * that is (a topic growing from 5% to 12% of complaints is news even when volume is flat). Texts without a readable
 * date are counted under {@value #NO_DATE}.
 *
 * @param period the bucket size
 * @param periods the period labels, chronological ({@value #NO_DATE} last when present)
 * @param rows one row per topic, in topic order
 */
record TopicTrends(Period period, List<String> periods, List<Row> rows) {

    static final String NO_DATE = "(no date)";

    /**
     * One topic's counts and shares per period.
     *
     * @param topicId the topic
     * @param label its label
     * @param counts texts per period
     * @param shares the topic's share of each period's texts
     */
    record Row(int topicId, String label, List<Integer> counts, List<Double> shares) {}

    static TopicTrends of(Period period, int[] topics, Map<Integer, String> labels, List<String> dateCells) {
        List<String> bucket = new ArrayList<>(topics.length);
        TreeSet<String> dated = new TreeSet<>();
        boolean undated = false;
        for (String cell : dateCells) {
            LocalDate date = CellDates.of(cell);
            String label = date == null ? NO_DATE : period.label(date);
            bucket.add(label);
            if (date == null) {
                undated = true;
            } else {
                dated.add(label);
            }
        }
        List<String> periods = new ArrayList<>(dated);
        if (undated) {
            periods.add(NO_DATE);
        }
        Map<Integer, int[]> counts = new TreeMap<>();
        int[] totals = new int[periods.size()];
        for (int i = 0; i < topics.length; i++) {
            int p = periods.indexOf(bucket.get(i));
            counts.computeIfAbsent(topics[i], t -> new int[periods.size()])[p]++;
            totals[p]++;
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((topic, row) -> {
            List<Integer> c = new ArrayList<>();
            List<Double> s = new ArrayList<>();
            for (int p = 0; p < row.length; p++) {
                c.add(row[p]);
                s.add(totals[p] == 0 ? 0.0 : row[p] / (double) totals[p]);
            }
            rows.add(new Row(topic, labels.getOrDefault(topic, ""), c, s));
        });
        return new TopicTrends(period, periods, rows);
    }
}
