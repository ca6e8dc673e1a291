package io.verbatim.text.enrich;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.text.topic.Topic;
import java.util.List;
import java.util.Map;

/**
 * What an enrichment stored.
 *
 * @param dataset the dataset with its derived columns
 * @param columns the keys of the columns written
 * @param texts non-blank texts read
 * @param languages texts per language ({@code ru}, {@code en}, {@code other})
 * @param sentiments texts per sentiment, empty when sentiment was not asked for
 * @param corrected distinct texts whose sentiment came from an analyst's correction (a text repeated in many rows
 *     counts once)
 * @param topics the topics found, empty when topics were not asked for
 */
public record EnrichmentResult(
        Dataset dataset,
        List<String> columns,
        long texts,
        Map<String, Long> languages,
        Map<String, Long> sentiments,
        long corrected,
        List<Topic> topics) {

    public EnrichmentResult {
        columns = List.copyOf(columns);
        languages = Map.copyOf(languages);
        sentiments = Map.copyOf(sentiments);
        topics = List.copyOf(topics);
    }
}
