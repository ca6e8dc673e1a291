package io.verbatim.ingest.survey.layout;

/**
 * A column as the export's header rows describe it.
 *
 * @param key short, unique, stable name ({@code Q16}, {@code ResponseId}, or the header text)
 * @param label the human wording, usually the question text
 * @param metadata true for response metadata (ids, IP, e-mail, dates, location, status, progress, duration), which is
 *     never a rating question
 */
public record HeaderColumn(String key, String label, boolean metadata) {}
