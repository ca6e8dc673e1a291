package io.verbatim.ingest.mapping;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Date shapes of ticket and mention exports beyond the survey ones ({@code DatePattern}), read with
 * {@code java.time} formatters: Twitter's {@code Wed Oct 11 06:55:44 +0000 2017} and Jira's {@code 15/Jan/24 10:23
 * AM}.
 */
enum ExtraDateShape {
    TWITTER("EEE MMM dd HH:mm:ss Z yyyy", true),
    JIRA("dd/MMM/yy h:mm a", false);

    private final DateTimeFormatter formatter;
    private final boolean offset;

    ExtraDateShape(String pattern, boolean offset) {
        this.formatter = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
        this.offset = offset;
    }

    Optional<String> toIso(String cell) {
        try {
            String text = cell.strip();
            if (offset) {
                OffsetDateTime time = OffsetDateTime.parse(text, formatter);
                return Optional.of(time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            return Optional.of(LocalDateTime.parse(text, formatter).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
