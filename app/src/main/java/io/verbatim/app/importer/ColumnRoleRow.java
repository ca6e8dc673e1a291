package io.verbatim.app.importer;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One row of the wizard's column table: what the importer detected and what the user decided. The user's decision only
 * becomes an import override when it differs from the detection, so re-detection improvements in the importer still
 * apply to every column the user left alone.
 */
public final class ColumnRoleRow {

    private final Column column;
    private final String sample;
    private final ObjectProperty<RoleChoice> role;
    private final ObjectProperty<ScaleChoice> scale;

    public ColumnRoleRow(Column column, String sample) {
        this.column = column;
        this.sample = sample;
        Optional<Question> detected = column.asQuestion();
        this.role = new SimpleObjectProperty<>(RoleChoice.of(column.question()));
        this.scale = new SimpleObjectProperty<>(
                detected.map(q -> ScaleChoice.of(q.scale())).orElse(null));
        // Picking a role for a column without a scale proposes that role's usual scale.
        role.addListener((obs, old, now) -> {
            if (now != RoleChoice.NONE && scale.get() == null) {
                scale.set(now.usualScale());
            }
        });
    }

    public String key() {
        return column.key();
    }

    public String label() {
        return column.label();
    }

    public String type() {
        return column.type().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A few cells of the column from the preview, for orientation. */
    public String sample() {
        return sample;
    }

    public ObjectProperty<RoleChoice> roleProperty() {
        return role;
    }

    public ObjectProperty<ScaleChoice> scaleProperty() {
        return scale;
    }

    public List<ScaleChoice> scaleChoices() {
        return ScaleChoice.choices(
                column.asQuestion().map(q -> ScaleChoice.of(q.scale())).orElse(null));
    }

    /** The override for the import, or empty when the user kept what was detected. */
    public Optional<Map.Entry<String, Question>> override() {
        Question detected = column.question();
        Question chosen = chosenQuestion();
        if (Objects.equals(detected, chosen)) {
            return Optional.empty();
        }
        // Map.entry refuses null values, and null means "not a rating question" to the importer.
        return Optional.of(new java.util.AbstractMap.SimpleImmutableEntry<>(column.key(), chosen));
    }

    Question chosenQuestion() {
        RoleChoice choice = role.get();
        if (choice == null || choice == RoleChoice.NONE) {
            return null;
        }
        ScaleChoice range = scale.get() != null ? scale.get() : choice.usualScale();
        Question detected = column.question();
        boolean sameScale = detected != null
                && detected.scale().min() == range.min()
                && detected.scale().max() == range.max();
        Scale chosenScale = sameScale ? detected.scale() : Scale.of(range.min(), range.max());
        ScaleDirection direction = detected != null ? detected.direction() : ScaleDirection.HIGHER_IS_BETTER;
        return new Question(choice.role(), chosenScale, direction);
    }
}
