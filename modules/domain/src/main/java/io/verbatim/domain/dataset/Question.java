package io.verbatim.domain.dataset;

import java.util.Objects;

/**
 * What makes a column a scored rating question: its metric role, its scale and which end is good.
 *
 * @param role the score this question feeds
 * @param scale the valid codes and their labels
 * @param direction which end of the scale is the good one
 */
public record Question(MetricRole role, Scale scale, ScaleDirection direction) {

    public Question {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(direction, "direction");
    }

    public Question withRole(MetricRole newRole) {
        return new Question(newRole, scale, direction);
    }
}
