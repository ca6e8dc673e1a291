package io.verbatim.ingest.mapping;

/**
 * The first cell of a canonical column that does not have the column's type.
 *
 * @param line the source line of the row
 * @param value the cell as it was
 */
record CellFault(long line, String value) {}
