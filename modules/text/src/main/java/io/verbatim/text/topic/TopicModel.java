package io.verbatim.text.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The topics discovered in a set of texts and which topic each text is in. Immutable: {@link #merge} and {@link #split}
 * return a new model, so an analyst's edits can be undone by keeping the old one. Topic ids are 1 and up, numbered by
 * size at discovery and kept through merges and splits; 0 holds texts with no content word to go by.
 */
public final class TopicModel {

    /** The label of topic 0. */
    public static final String NO_TOPIC_LABEL = "(no words)";

    private final TopicCorpus corpus;
    private final int[] assignment;
    private final List<Topic> topics;
    private final TopicCountChooser.Choice choice;

    TopicModel(TopicCorpus corpus, int[] assignment, TopicCountChooser.Choice choice) {
        this.corpus = corpus;
        this.assignment = assignment;
        this.topics = List.copyOf(TopicLabeler.label(corpus, assignment));
        this.choice = choice;
    }

    /** The topics, by id (topic 0 first when some text has no words). */
    public List<Topic> topics() {
        return topics;
    }

    /** The topic with an id. */
    public Optional<Topic> topic(int id) {
        return topics.stream().filter(t -> t.id() == id).findFirst();
    }

    /** The topic id of the text at an index (in the order the texts were given). */
    public int topicOf(int text) {
        return assignment[text];
    }

    /** The topic id of every text, in the order the texts were given. */
    public int[] assignment() {
        return assignment.clone();
    }

    /** How the number of topics was chosen, when it was chosen automatically. */
    public Optional<TopicCountChooser.Choice> choice() {
        return Optional.ofNullable(choice);
    }

    /** The texts as the model saw them. */
    public TopicCorpus corpus() {
        return corpus;
    }

    /** A model where topic {@code from}'s texts join topic {@code into}; the merged topic keeps {@code into}'s id. */
    public TopicModel merge(int into, int from) {
        requireTopic(into);
        requireTopic(from);
        if (into == from || into == 0 || from == 0) {
            throw new IllegalArgumentException("merge needs two different topics other than 0");
        }
        int[] next = assignment.clone();
        for (int i = 0; i < next.length; i++) {
            if (next[i] == from) {
                next[i] = into;
            }
        }
        return new TopicModel(corpus, next, choice);
    }

    /**
     * A model where topic {@code id} is split in two by re-clustering its texts: the larger part keeps the id, the
     * other becomes a new topic numbered after the highest id.
     */
    public TopicModel split(int id, long seed) {
        requireTopic(id);
        if (id == 0) {
            throw new IllegalArgumentException("topic 0 holds texts with no words; it cannot be split");
        }
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] == id) {
                members.add(i);
            }
        }
        if (members.size() < 2) {
            throw new IllegalArgumentException("topic " + id + " has fewer than two texts to split");
        }
        float[][] points = new float[members.size()][];
        for (int m = 0; m < points.length; m++) {
            points[m] = corpus.points()[members.get(m)];
        }
        int[] halves = SphericalKMeans.cluster(points, 2, seed).assignment();
        int ones = 0;
        for (int h : halves) {
            ones += h;
        }
        int smaller = ones * 2 <= halves.length ? 1 : 0;
        int newId = topics.stream().mapToInt(Topic::id).max().orElse(0) + 1;
        int[] next = assignment.clone();
        for (int m = 0; m < halves.length; m++) {
            if (halves[m] == smaller) {
                next[members.get(m)] = newId;
            }
        }
        return new TopicModel(corpus, next, choice);
    }

    private void requireTopic(int id) {
        if (topic(id).isEmpty()) {
            throw new IllegalArgumentException("there is no topic " + id);
        }
    }
}
