package io.verbatim.analytics.link;

import java.util.HashSet;
import java.util.Set;

/**
 * Splits a survey's respondents by what happened to their tickets: those with at least one ticket that breached its
 * SLA, those with tickets that all kept it, and those without a ticket. Customers are matched by {@link CustomerKey}
 * (an id as written, or an e-mail in clear or hashed). Each group is given as the survey cells that belong to it, so it
 * is an ordinary filter on the survey's customer column.
 *
 * @param breached the customer cells of respondents with a breached ticket
 * @param kept the customer cells of respondents whose tickets all kept their SLA
 * @param linked every customer cell that matched a ticket (the two above together)
 */
public record BreachLink(Set<String> breached, Set<String> kept, Set<String> linked) {

    /**
     * @param customers the survey's customer column, one cell per respondent
     * @param requesters the ticket dataset's requester column, one cell per ticket
     * @param ticketBreached per ticket, whether it breached its SLA
     */
    public static BreachLink of(String[] customers, String[] requesters, boolean[] ticketBreached) {
        if (requesters.length != ticketBreached.length) {
            throw new IllegalArgumentException(
                    requesters.length + " requesters for " + ticketBreached.length + " tickets");
        }
        Set<String> breachedKeys = new HashSet<>();
        Set<String> allKeys = new HashSet<>();
        for (int ticket = 0; ticket < requesters.length; ticket++) {
            String key = CustomerKey.of(requesters[ticket]);
            if (key != null) {
                allKeys.add(key);
                if (ticketBreached[ticket]) {
                    breachedKeys.add(key);
                }
            }
        }
        Set<String> keptKeys = new HashSet<>(allKeys);
        keptKeys.removeAll(breachedKeys);
        Set<String> breached = CustomerLink.cellsOf(customers, breachedKeys);
        Set<String> kept = CustomerLink.cellsOf(customers, keptKeys);
        Set<String> linked = new HashSet<>(breached);
        linked.addAll(kept);
        return new BreachLink(Set.copyOf(breached), Set.copyOf(kept), Set.copyOf(linked));
    }
}
