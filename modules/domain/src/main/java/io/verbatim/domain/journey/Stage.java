package io.verbatim.domain.journey;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A column of the map: a step of the journey ("Поиск", "Покупка", "Доставка").
 *
 * @param binding the data that measures it, or null when the stage is not bound
 * @param feltEmotion the emotion drawn by hand in a workshop, from -2 (very negative) to +2 (very positive), or null
 *     when nobody drew it; shown beside the curve derived from the data
 */
public record Stage(String id, String name, Binding binding, Double feltEmotion) {

    public static final double MIN_EMOTION = -2;
    public static final double MAX_EMOTION = 2;

    public Stage {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        if (feltEmotion != null && !(feltEmotion >= MIN_EMOTION && feltEmotion <= MAX_EMOTION)) {
            throw new IllegalArgumentException("a felt emotion lies from -2 to +2, not " + feltEmotion);
        }
    }

    public Optional<Binding> bindingIfAny() {
        return Optional.ofNullable(binding);
    }

    public OptionalDouble feltEmotionIfAny() {
        return feltEmotion == null ? OptionalDouble.empty() : OptionalDouble.of(feltEmotion);
    }

    public Stage withName(String newName) {
        return new Stage(id, newName, binding, feltEmotion);
    }

    public Stage withBinding(Binding newBinding) {
        return new Stage(id, name, newBinding, feltEmotion);
    }

    public Stage withFeltEmotion(Double newEmotion) {
        return new Stage(id, name, binding, newEmotion);
    }
}
