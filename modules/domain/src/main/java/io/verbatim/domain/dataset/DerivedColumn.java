package io.verbatim.domain.dataset;

import java.util.Objects;

/**
 * A column Verbatim computed from a dataset rather than read from its file: the language, sentiment or topic of a text
 * column, say. It is stored beside the imported columns so scores, filters and charts use it like any other, and it
 * may be recomputed (replaced) later; an imported column is never replaced by one.
 *
 * @param key the column's key ({@code comment_sentiment})
 * @param label its human name
 * @param type the type of its cells
 * @param source the key of the column it was computed from
 * @param cells one cell per dataset row, in row order (blank for none); not copied
 */
public record DerivedColumn(String key, String label, ValueType type, String source, String[] cells) {

    public DerivedColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cells, "cells");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a derived column needs a key");
        }
    }

    @Override
    public String toString() {
        return "DerivedColumn[" + key + " from " + source + ", " + cells.length + " cells]";
    }
}
