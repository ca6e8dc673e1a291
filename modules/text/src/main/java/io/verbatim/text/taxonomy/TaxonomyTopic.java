package io.verbatim.text.taxonomy;

import java.util.List;

/**
 * One topic of a {@link Taxonomy}: an id that stays the same from wave to wave, its place in the hierarchy (the names
 * from the top topic down to it), its rule, and the comment lines the analyst wrote above it (kept on save).
 *
 * @param id a positive number unique in the taxonomy
 * @param path names from the root down to this topic, e.g. {@code [Доставка, Опоздание]}
 * @param rule what texts it matches (its parent's rule applies too)
 * @param comments comment lines written just above the topic, without their {@code #}
 */
public record TaxonomyTopic(int id, List<String> path, TopicRule rule, List<String> comments) {

    /** What separates a parent's name from its child's in the file and in labels. */
    public static final String PATH_SEPARATOR = " > ";

    public TaxonomyTopic {
        path = List.copyOf(path);
        comments = List.copyOf(comments);
    }

    /** The full name, e.g. {@code Доставка > Опоздание}: the topic label texts get. */
    public String label() {
        return String.join(PATH_SEPARATOR, path);
    }

    /** The parent's path, empty for a top-level topic. */
    public List<String> parentPath() {
        return path.subList(0, path.size() - 1);
    }
}
