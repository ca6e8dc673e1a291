package io.verbatim.ingest.survey.layout;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises response metadata by its header, in English and Russian. Only short headers are considered: a question
 * that happens to mention a date ("How satisfied were you with the delivery date?") is not metadata.
 */
public final class MetadataNames {

    private static final Pattern METADATA = Pattern.compile(
            "\\b(id|ids|ip|ip address|ipaddress|e-?mail|email address|date|start date|end date|recorded date|timestamp"
                    + "|latitude|longitude|lat|lng|long|status|response type|progress|duration|duration \\(in seconds\\)"
                    + "|finished|user language|language|distribution channel|channel|external (data )?reference"
                    + "|recipient( \\w+)*|first name|last name|custom data \\d+|collector|respondent|response ?set"
                    + "|location accuracy|дата|время|отметка времени|адрес электронной почты|электронная почта"
                    + "|статус|ид|идентификатор|ip-адрес|длительность)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Headers of a response's date or time ("Start Date", "RecordedDate", "Timestamp", "Дата заполнения"). */
    private static final Pattern DATE = Pattern.compile(
            "\\b(date|submitted( at)?|created( at)?|timestamp|дата|отметка времени)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final int MAX_WORDS = 5;

    private MetadataNames() {}

    /** True when the key or the label names metadata. */
    public static boolean isMetadata(String key, String label) {
        return names(key) || names(label);
    }

    /** True when the key or the label names the date or time of a response ({@code RecordedDate}, "Дата"). */
    public static boolean isDate(String key, String label) {
        return names(key, DATE) || names(label, DATE);
    }

    private static boolean names(String header) {
        return names(header, METADATA);
    }

    private static boolean names(String header, Pattern names) {
        String words = splitCamelCase(header).toLowerCase(Locale.ROOT).strip();
        return !words.isEmpty()
                && words.split("\\s+").length <= MAX_WORDS
                && names.matcher(words).find();
    }

    /** {@code RecordedDate} → {@code Recorded Date}, {@code IPAddress} → {@code IP Address}. */
    private static String splitCamelCase(String header) {
        return header.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").replaceAll("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ");
    }
}
