package io.verbatim.domain.dataset;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of an imported dataset.
 *
 * @param position zero-based position in the dataset
 * @param key short, unique name used on the command line ({@code Q16}, {@code region})
 * @param label the human wording (the question text when the export has one)
 * @param type the type its cells were found to have
 * @param question the rating-question properties, or null when the column is not a rating question
 */
public record Column(int position, String key, String label, ValueType type, Question question) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }

    public Optional<Question> asQuestion() {
        return Optional.ofNullable(question);
    }

    public boolean hasRole(MetricRole role) {
        return question != null && question.role() == role;
    }

    public Column withQuestion(Question newQuestion) {
        return new Column(position, key, label, type, newQuestion);
    }

    /** True when {@code name} names this column by key or label, ignoring case. */
    public boolean isNamed(String name) {
        return key.equalsIgnoreCase(name) || label.equalsIgnoreCase(name);
    }
}
