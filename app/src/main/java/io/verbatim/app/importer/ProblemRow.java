package io.verbatim.app.importer;

/**
 * One row of the problems table, as shown: place, the rule's name and what to do in the interface language, the
 * offending value, and the importer's own English reason (kept for the tooltip and the saved report).
 *
 * @param line the file's line, or empty when the problem concerns the whole file
 * @param column the 1-based column and its header when known, e.g. {@code 5 · Created time}, or empty
 */
public record ProblemRow(String line, String column, String rule, String value, String message, String reason) {}
