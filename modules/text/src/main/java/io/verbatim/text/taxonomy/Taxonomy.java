package io.verbatim.text.taxonomy;

import io.verbatim.text.topic.Topic;
import io.verbatim.text.topic.TopicModel;
import java.util.ArrayList;
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

    /** How many top words of a discovered topic become its any: rule. */
    public static final int EXPORTED_WORDS = 6;

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
     * id and label, and its top words and phrases become its any: rule. Largest topics come first, so they win ties.
     */
    public static Taxonomy fromModel(TopicModel model) {
        List<TaxonomyTopic> topics = new ArrayList<>();
        List<Topic> ordered = model.topics().stream()
                .filter(t -> t.id() != 0)
                .sorted((a, b) -> a.size() != b.size() ? b.size() - a.size() : a.id() - b.id())
                .toList();
        for (Topic t : ordered) {
            List<String> any = new ArrayList<>();
            for (String term : t.topTerms()) {
                if (!any.contains(term) && any.size() < EXPORTED_WORDS) {
                    any.add(term);
                }
            }
            for (String phrase : t.topPhrases()) {
                if (!any.contains(phrase)) {
                    any.add(phrase);
                }
            }
            if (any.isEmpty()) {
                continue;
            }
            String name = t.label().replace(">", " ").strip();
            topics.add(new TaxonomyTopic(
                    t.id(),
                    List.of(name),
                    new TopicRule(any, List.of(), List.of()),
                    List.of(" discovered: " + t.size() + " texts")));
        }
        return new Taxonomy(
                List.of(" Exported from discovered topics; edit the rules, then apply with --taxonomy."),
                topics,
                List.of());
    }
}
