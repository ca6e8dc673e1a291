package io.verbatim.cli;

import static io.verbatim.cli.MentionsText.format;

import io.verbatim.analytics.mention.Driver;
import io.verbatim.analytics.mention.PeriodCheck;
import io.verbatim.analytics.mention.SpikeExplanation;
import io.verbatim.analytics.mention.SpikeSeries;
import io.verbatim.analytics.mention.SpikeTable;
import java.util.List;

/** The human rendering of a spike check: how many periods were checked, and each spike with its drivers. */
final class SpikesText {

    private SpikesText() {}

    static String of(SpikeTable table) {
        StringBuilder text = new StringBuilder();
        String period = table.period().wireName();
        text.append(format("Spikes in %s per %s%s%n", table.dataset(), period, MentionsText.byText(table.by())));
        for (SpikeSeries series : table.series()) {
            long checked =
                    series.checks().stream().filter(PeriodCheck::hasBaseline).count();
            text.append(format(
                    "%s: %d spike%s in %d %ss checked (%d %ss before the first baseline)%n",
                    series.group(),
                    series.spikes().size(),
                    series.spikes().size() == 1 ? "" : "s",
                    checked,
                    period,
                    series.checks().size() - checked,
                    period));
            series.spikes().forEach(spike -> text.append(spike(spike)));
        }
        if (table.undated() > 0) {
            text.append(format("%d mentions without a readable date are in no period%n", table.undated()));
        }
        return text.append(table.definition()).append(System.lineSeparator()).toString();
    }

    private static String spike(SpikeExplanation spike) {
        PeriodCheck check = spike.check();
        StringBuilder text = new StringBuilder(format(
                "  %s  %d mentions; baseline %.1f ± SD %.1f, threshold %.1f; strength %.1f SD%n",
                check.period(), check.count(), check.mean(), check.sd(), check.threshold(), check.strength()));
        spike.sources().forEach((column, drivers) -> text.append(drivers(column, drivers)));
        text.append(drivers("words", spike.words()));
        return text.toString();
    }

    private static String drivers(String name, List<Driver> drivers) {
        if (drivers.isEmpty()) {
            return "";
        }
        StringBuilder line = new StringBuilder(format("    %-9s", name + ":"));
        for (int i = 0; i < drivers.size(); i++) {
            Driver driver = drivers.get(i);
            line.append(i == 0 ? " " : "; ")
                    .append(format(
                            "%s %+.1f pts (%.0f%% of the spike vs %.0f%%, %d mentions)",
                            driver.value(),
                            driver.lift(),
                            driver.spikeShare(),
                            driver.baselineShare(),
                            driver.spikeMentions()));
        }
        return line.append(System.lineSeparator()).toString();
    }
}
