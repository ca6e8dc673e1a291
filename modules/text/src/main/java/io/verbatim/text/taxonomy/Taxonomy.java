package io.verbatim.text.taxonomy;

import io.verbatim.text.topic.TopicModel;
import java.util.List;
import java.util.Optional;

/**
 * An analyst's hierarchy of topics defined by rules on words and phrases, kept as a plain text file
 * ({@link TaxonomyFile}) and applied by a {@link TaxonomyMatcher}. Unlike discovered topics it does not depend on the
 * data it is applied to: the same text gets the same topic in every dataset and wave. File order is priority: a text
 * matching two topics at the same depth gets the one written first.
 *
 * @param header comment lines at the top of the file, without their {@code #}
 * @param topics the topics, parents before their children, in file order
 * @param footer comment lines after the last topic, without their {@code #}
 */
public record Taxonomy(List<String> header, List<TaxonomyTopic> topics, List<String> footer) {

    public Taxonomy {
        header = List.copyOf(header);
        topics = List.copyOf(topics);
        footer = List.copyOf(footer);
    }

    /** The topic with an id. */
    public Optional<TaxonomyTopic> topic(int id) {
        return topics.stream().filter(t -> t.id() == id).findFirst();
    }

    /**
     * A flat taxonomy from discovered topics, for the analyst to edit and apply to the next wave: each topic keeps its
     * id and label, and the words and phrases that pick out its texts become its any: rule ({@link TaxonomyExport}).
     */
    public static Taxonomy fromModel(TopicModel model) {
        return TaxonomyExport.of(model);
    }
}
