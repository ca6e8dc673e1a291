package io.verbatim.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule finds a mapping's header names in every kind of file: exact, then normalised, then without word breaks. */
class HeaderNamesTest {

    @Test
    void aNameFindsItsHeaderExactlyThenNormalisedThenWithoutWordBreaks() {
        assertThat(HeaderNames.match("Created at", " Created at ")).isZero();
        assertThat(HeaderNames.match("created_at", "Created At")).isEqualTo(1);
        assertThat(HeaderNames.match("Решён", "решен")).isEqualTo(1);
        assertThat(HeaderNames.match("IPAddress", "ip address")).isEqualTo(2);
        assertThat(HeaderNames.match("E-mail", "email")).isEqualTo(2);
        assertThat(HeaderNames.match("Email", "IP address")).isEqualTo(-1);
        assertThat(HeaderNames.match("---", "_")).as("nothing left to compare").isEqualTo(-1);
    }

    @Test
    void theClosestHeaderWinsAndTheFirstOfEquals() {
        List<String> headers = List.of("E-mail", "Email", "e_mail", "IPAddress");

        assertThat(HeaderNames.find(headers, "Email")).isEqualTo(1);
        assertThat(HeaderNames.find(headers, "e mail")).isEqualTo(0);
        assertThat(HeaderNames.find(headers, "ip address")).isEqualTo(3);
        assertThat(HeaderNames.find(headers, "phone")).isEqualTo(-1);
    }
}
