package io.verbatim.analytics.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreachLinkTest {

    @Test
    void aCustomerWithAnyBreachedTicketIsBreachedAndOneWhoseTicketsAllKeptItIsKept() {
        // Anna: one ticket kept, one breached → breached. Boris (by hashed e-mail in the tickets): kept. C-9: kept.
        String[] requesters = {
            "anna@example.com",
            "ANNA@example.com",
            CustomerKey.of("boris@example.com").substring("sha256:".length()),
            "C-9",
            ""
        };
        boolean[] breached = {false, true, false, false, true};
        String[] survey = {"Anna@Example.com", "boris@example.com", "C-9", "C-10", ""};

        BreachLink link = BreachLink.of(survey, requesters, breached);

        assertThat(link.breached()).containsExactly("Anna@Example.com");
        assertThat(link.kept()).containsExactlyInAnyOrder("boris@example.com", "C-9");
        assertThat(link.linked()).containsExactlyInAnyOrder("Anna@Example.com", "boris@example.com", "C-9");
    }
}
