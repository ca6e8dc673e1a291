package io.verbatim.analytics.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerLinkTest {

    /** SHA-256 of "anna@example.com", computed with `printf %s anna@example.com | sha256sum`. */
    private static final String ANNA = "f7d54c22dda5b1780276601cd005909b70543fc4a6ba72d735b4cb9bbb611f01";

    @Test
    void anEmailInClearMatchesItsHashAndCaseAndSpacesDoNotMatter() {
        String hashed = CustomerKey.of(" Anna@Example.com ");

        assertThat(hashed).isEqualTo("sha256:" + ANNA);
        assertThat(CustomerKey.of("anna@example.com")).isEqualTo(hashed);
        assertThat(CustomerKey.of(hashed.substring("sha256:".length()).toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(hashed);
        assertThat(CustomerKey.of("C-1001 ")).isEqualTo("C-1001");
        assertThat(CustomerKey.of("  ")).isNull();
    }

    @Test
    void theSurveyRowsOfCustomersAnotherSourceNamesAreItsCellsWithTheirKeys() {
        Set<String> breached = CustomerLink.keys(List.of("anna@example.com", "C-7", ""));
        String[] survey = {"ANNA@example.com", "boris@example.com", "C-7", "C-8", "", "ANNA@example.com"};

        assertThat(CustomerLink.cellsOf(survey, breached)).containsExactly("ANNA@example.com", "C-7");
    }
}
