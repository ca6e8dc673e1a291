package io.verbatim.analytics.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analytics.link.LeadingSpikes.Lead;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingSpikesTest {

    @Test
    void eachSpikeIsPairedWithTheLatestLeadingSpikeWithinTheLag() {
        List<LocalDate> mentions = List.of(day(3), day(10), day(12), day(30));
        List<LocalDate> tickets = List.of(day(4), day(13), day(20), day(30), day(2));

        // 2: no mention spike before it; 4 ← 3 (1 day); 13 ← 12 (1 day, the latest, not 10);
        // 20: the latest is 12, 8 days before, beyond 3; 30 ← 30 (same day).
        assertThat(LeadingSpikes.find(mentions, tickets, 3))
                .containsExactly(
                        new Lead(day(4), day(3), 1), new Lead(day(13), day(12), 1), new Lead(day(30), day(30), 0));
        assertThat(LeadingSpikes.find(mentions, tickets, 0)).containsExactly(new Lead(day(30), day(30), 0));
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2025, 3, day);
    }
}
