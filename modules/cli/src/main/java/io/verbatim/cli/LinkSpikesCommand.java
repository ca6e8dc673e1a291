package io.verbatim.cli;

import io.verbatim.analytics.link.DailyCounts;
import io.verbatim.analytics.link.LeadingSpikes;
import io.verbatim.analytics.link.LeadingSpikes.Lead;
import io.verbatim.analytics.mention.PeriodCheck;
import io.verbatim.analytics.mention.SpikeDetector;
import io.verbatim.analytics.mention.SpikeRule;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.store.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim link spikes}: which ticket spikes a mention spike came before. Both sources are counted per day on one
 * axis (quiet days as 0), each gets the spike rule of {@code mentions --metric spikes}, and every ticket spike is paired
 * with the latest mention spike on the same day or up to {@code --lag} days before it.
 */
@Command(name = "spikes", description = "Find ticket spikes that a mention spike came before.")
public final class LinkSpikesCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Option(names = "--mentions", required = true, paramLabel = "NAME", description = "The mention dataset.")
    private String mentions;

    @Option(names = "--tickets", required = true, paramLabel = "NAME", description = "The ticket dataset.")
    private String tickets;

    @Option(
            names = "--lag",
            defaultValue = "3",
            paramLabel = "DAYS",
            description = "How many days before a ticket spike a mention spike may come (default: ${DEFAULT-VALUE}).")
    private int lag;

    @Option(names = "--window", paramLabel = "W", description = "Spike baseline in days (default 14).")
    private int window = SpikeRule.DEFAULT_WINDOW;

    @Option(names = "--k", paramLabel = "K", description = "Spike: more than mean + K·SD of the baseline (default 4).")
    private double k = SpikeRule.DEFAULT_K;

    @Option(names = "--min-volume", paramLabel = "N", description = "Spike: at least N records a day (default 5).")
    private long minimumVolume = SpikeRule.DEFAULT_MINIMUM_VOLUME;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (lag < 0) {
            throw new UserInputException("--lag cannot be negative");
        }
        SpikeRule rule = new SpikeRule(window, k, minimumVolume);
        String[] mentionDays;
        String[] ticketDays;
        try (Workspace workspace = options.open()) {
            mentionDays = dates(workspace, mentions, MentionField.PUBLISHED_AT.key());
            ticketDays = dates(workspace, tickets, TicketField.CREATED_AT.key());
        }
        LocalDate[] span = DailyCounts.span(List.of(mentionDays, ticketDays));
        if (span == null) {
            throw new UserInputException("neither dataset has a dated record");
        }
        DailyCounts mentionCounts = DailyCounts.of(mentionDays, span[0], span[1]);
        DailyCounts ticketCounts = DailyCounts.of(ticketDays, span[0], span[1]);
        SpikeDetector detector = new SpikeDetector(rule);
        List<LocalDate> mentionSpikes = spikes(detector, mentionCounts);
        List<LocalDate> ticketSpikes = spikes(detector, ticketCounts);
        List<Lead> leads = LeadingSpikes.find(mentionSpikes, ticketSpikes, lag);
        print(mentionSpikes, ticketSpikes, leads, rule.describe("day"));
        return 0;
    }

    private static List<LocalDate> spikes(SpikeDetector detector, DailyCounts counts) {
        List<LocalDate> days = new ArrayList<>();
        for (PeriodCheck check : detector.check(counts.counts(), counts.labels())) {
            if (check.spike()) {
                days.add(LocalDate.parse(check.period()));
            }
        }
        return days;
    }

    private void print(List<LocalDate> mentionSpikes, List<LocalDate> ticketSpikes, List<Lead> leads, String rule) {
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put(
                    "mention_spikes",
                    mentionSpikes.stream().map(LocalDate::toString).toList());
            json.put(
                    "ticket_spikes",
                    ticketSpikes.stream().map(LocalDate::toString).toList());
            json.put("max_lag_days", lag);
            List<Map<String, Object>> pairs = new ArrayList<>();
            for (Lead lead : leads) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("ticket_spike", lead.spike().toString());
                pair.put("mention_spike", lead.leadingSpike().toString());
                pair.put("lag_days", lead.lagDays());
                pairs.add(pair);
            }
            json.put("led", pairs);
            json.put("rule", rule);
            out.println(Json.write(json));
            return;
        }
        out.printf(
                Locale.ROOT,
                "%d ticket spike(s), %d mention spike(s); %d ticket spike(s) came at most %d day(s) after"
                        + " a mention spike%n",
                ticketSpikes.size(),
                mentionSpikes.size(),
                leads.size(),
                lag);
        for (Lead lead : leads) {
            out.printf(
                    Locale.ROOT,
                    "  tickets %s  ← mentions %s  (%d day(s) before)%n",
                    lead.spike(),
                    lead.leadingSpike(),
                    lead.lagDays());
        }
        out.println(rule);
    }

    private static String[] dates(Workspace workspace, String name, String key) {
        Dataset dataset = WorkspaceOptions.requireDataset(workspace, name);
        Column column = dataset.column(key)
                .orElseThrow(() -> new UserInputException("dataset " + name + " has no " + key + " column; link spikes"
                        + " counts mentions by " + MentionField.PUBLISHED_AT.key() + " and tickets by "
                        + TicketField.CREATED_AT.key()));
        return workspace.datasets().readColumn(dataset, column);
    }
}
