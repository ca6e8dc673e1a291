package io.verbatim.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Topic × sentiment: per topic, how many texts are positive, neutral and negative (as a sentiment column such as the
 * one {@code text sentiment} writes says), and the net sentiment {@code 100 × (positive − negative) / (texts with a
 * sentiment)}, from −100 to +100, which ranks topics by how much they hurt. Values other than the three classes
 * ({@code позитив}, {@code negative}, {@code 1}...) are read by their first letters; anything else counts as unknown.
 *
 * @param rows one row per topic, in topic order
 */
record TopicSentiment(List<Row> rows) {

    /**
     * One topic's sentiment counts.
     *
     * @param topicId the topic
     * @param label its label
     * @param positive positive texts
     * @param neutral neutral texts
     * @param negative negative texts
     * @param unknown texts with no recognised sentiment
     * @param net net sentiment, or null when no text has one
     */
    record Row(int topicId, String label, int positive, int neutral, int negative, int unknown, Double net) {}

    static TopicSentiment of(int[] topics, Map<Integer, String> labels, List<String> sentimentCells) {
        Map<Integer, int[]> counts = new TreeMap<>();
        for (int i = 0; i < topics.length; i++) {
            counts.computeIfAbsent(topics[i], t -> new int[4])[classOf(sentimentCells.get(i))]++;
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((topic, c) -> {
            int known = c[0] + c[1] + c[2];
            Double net = known == 0 ? null : 100.0 * (c[0] - c[2]) / known;
            rows.add(new Row(topic, labels.getOrDefault(topic, ""), c[0], c[1], c[2], c[3], net));
        });
        return new TopicSentiment(rows);
    }

    /** 0 positive, 1 neutral, 2 negative, 3 unknown. */
    static int classOf(String cell) {
        String v = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("pos") || v.startsWith("позит") || v.startsWith("полож") || v.equals("1")) {
            return 0;
        }
        if (v.startsWith("neu") || v.startsWith("нейтр") || v.equals("0")) {
            return 1;
        }
        if (v.startsWith("neg") || v.startsWith("негат") || v.startsWith("отриц") || v.equals("-1")) {
            return 2;
        }
        return 3;
    }
}
