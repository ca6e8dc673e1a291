package io.verbatim.domain.dataset;

/** The type a column's cells were found to have when it was imported. */
public enum ValueType {
    TEXT,
    NUMBER,
    DATETIME
}
