package io.verbatim.analytics.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.analytics.score.Period;
import io.verbatim.domain.dataset.MentionField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpikeExplainerTest {

    /**
     * W = 2. Baseline (periods 0 and 1): sources a, b, a, d → a 50%, b 25%, d 25% of B = 4. Spike (period 2): c, c, c,
     * d, d, d, a, b → N = 8.
     *
     * <pre>
     * c: 3/8 = 37.5% vs 0%   → lift +37.5 points, excess 3 − 0·8 = 3
     * d: 3/8 = 37.5% vs 25%  → lift +12.5 points, excess 3 − .25·8 = 1
     * a: 1/8 = 12.5% vs 50%  → negative (and only 1 mention): not listed
     * b: 1/8 = 12.5% vs 25%  → negative: not listed
     * </pre>
     */
    @Test
    void driversAreRankedByTheGrowthOfTheirShareOverTheBaseline() {
        String[] source = {"a", "b", "a", "d", "c", "c", "c", "d", "d", "d", "a", "b"};
        int[] periods = {0, 0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2};
        boolean[] all = new boolean[source.length];
        Arrays.fill(all, true);
        PeriodCheck spike = new PeriodCheck("p2", 2, 8, 2, Math.sqrt(2), 4.83, 4.24, true);

        SpikeExplanation explanation =
                new SpikeExplainer(2, 3).explain(spike, periods, all, Map.of("source", source), null);

        List<Driver> drivers = explanation.sources().get("source");
        assertThat(drivers).extracting(Driver::value).containsExactly("c", "d");
        assertThat(drivers.get(0).lift()).isCloseTo(37.5, within(1e-9));
        assertThat(drivers.get(0).excess()).isCloseTo(3.0, within(1e-9));
        assertThat(drivers.get(1).spikeShare()).isCloseTo(37.5, within(1e-9));
        assertThat(drivers.get(1).baselineShare()).isCloseTo(25.0, within(1e-9));
        assertThat(drivers.get(1).lift()).isCloseTo(12.5, within(1e-9));
        assertThat(drivers.get(1).excess()).isCloseTo(1.0, within(1e-9));
        assertThat(explanation.words()).isEmpty();
    }

    /**
     * Twenty days of 20 ordinary mentions a day (four sources in turn, everyday words), then a day with 40 extra
     * complaints from otzovik.com that all say "очередь" with varying other words. The detector flags that day, and the
     * explanation names otzovik.com as the first source and "очередь" as the first word.
     */
    @Test
    void aSpikePlantedWithOneSourceAndOneWordNamesThemFirst() {
        String[] sources = {"twitter.com", "vk.com", "t.me", "news.example.com"};
        String[] everyday = {"кофе вкусный", "latte утро", "город бариста", "menu coffee", "вкус утро"};
        String[] complaints = {"опять", "ждал минут", "в ТЦ", "ужас", "долго", "кассе", "https://otzovik.com/x", ""};
        List<String> dates = new ArrayList<>();
        List<String> source = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int day = 0; day < 21; day++) {
            for (int i = 0; i < 20; i++) {
                dates.add(GeneratedMentions.FIRST_DAY.plusDays(day).toString());
                source.add(sources[(day + i) % sources.length]);
                text.add(everyday[(day * 20 + i) % everyday.length]);
            }
        }
        for (int i = 0; i < 40; i++) {
            dates.add(GeneratedMentions.FIRST_DAY.plusDays(20).toString());
            source.add("otzovik.com");
            text.add((i % 2 == 0 ? "Опять ОЧЕРЕДЬ, " : "очередь и ") + complaints[i % complaints.length]);
        }
        MentionColumns mentions = new MentionColumns(
                "d",
                dates.size(),
                Map.of(
                        MentionField.PUBLISHED_AT, dates.toArray(String[]::new),
                        MentionField.SOURCE, source.toArray(String[]::new),
                        MentionField.TEXT, text.toArray(String[]::new)));
        MentionDates clock = new MentionDates(null);
        PeriodAxis axis = PeriodAxis.of(clock.of(mentions.require(MentionField.PUBLISHED_AT, "test")), Period.DAY);

        SpikeTable table = new SpikeAnalyzer(SpikeRule.defaults(), 3)
                .spikes(mentions, axis, null, Groups.all(mentions.rows()), clock.clock());

        List<SpikeExplanation> spikes = table.series().get(0).spikes();
        assertThat(spikes).extracting(s -> s.check().period()).containsExactly("2024-01-21");
        SpikeExplanation spike = spikes.get(0);
        // otzovik.com: 40 of 60 = 66.7% against 0% in the baseline
        Driver first = spike.sources().get("source").get(0);
        assertThat(first.value()).isEqualTo("otzovik.com");
        assertThat(first.lift()).isCloseTo(66.667, within(0.001));
        // очередь is in all 40 complaints (case folded); URLs and stop words ("опять", "и", "в") are dropped
        assertThat(spike.words().get(0).value()).isEqualTo("очередь");
        assertThat(spike.words().get(0).spikeMentions()).isEqualTo(40);
        assertThat(spike.words()).extracting(Driver::value).doesNotContain("https", "otzovik", "опять", "и", "в");
    }
}
