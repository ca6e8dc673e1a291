package io.verbatim.analytics.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * "A mention spike before a ticket spike": for each spike of one series (tickets), the latest spike of another series
 * (mentions) on the same day or up to {@code maxLagDays} before it. Spikes are periods flagged by a spike detector;
 * this only relates their dates, so any two series can be compared.
 */
public final class LeadingSpikes {

    /**
     * A spike and the spike that led it.
     *
     * @param spike the day of the following series' spike
     * @param leadingSpike the day of the leading series' spike before it
     * @param lagDays how many days the leading spike came first (0 = the same day)
     */
    public record Lead(LocalDate spike, LocalDate leadingSpike, long lagDays) {}

    private LeadingSpikes() {}

    /** The spikes of {@code following} that a spike of {@code leading} preceded within {@code maxLagDays}. */
    public static List<Lead> find(List<LocalDate> leading, List<LocalDate> following, int maxLagDays) {
        if (maxLagDays < 0) {
            throw new IllegalArgumentException("the lag cannot be negative: " + maxLagDays);
        }
        TreeSet<LocalDate> leaders = new TreeSet<>(leading);
        List<Lead> leads = new ArrayList<>();
        for (LocalDate spike : new TreeSet<>(following)) {
            LocalDate leader = leaders.floor(spike);
            if (leader != null) {
                long lag = ChronoUnit.DAYS.between(leader, spike);
                if (lag <= maxLagDays) {
                    leads.add(new Lead(spike, leader, lag));
                }
            }
        }
        return leads;
    }
}
