package io.verbatim.cli;

import io.verbatim.analytics.calendar.BusinessCalendar;
import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.Filter;
import io.verbatim.analytics.cube.FilteredView;
import io.verbatim.analytics.link.BreachLink;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.analytics.score.SurveyScorer;
import io.verbatim.analytics.ticket.KpiMetric;
import io.verbatim.analytics.ticket.KpiProfile;
import io.verbatim.analytics.ticket.KpiRequest;
import io.verbatim.analytics.ticket.SlaTargets;
import io.verbatim.analytics.ticket.TicketKpis;
import io.verbatim.analytics.ticket.TicketTable;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.store.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim link breaches}: a survey's score for respondents whose tickets breached their SLA, for those whose
 * tickets all kept it, and for those without a ticket, with the first two tested against each other. Respondents are
 * matched to requesters by customer id, or by e-mail in clear or hashed (SHA-256), never by name.
 */
@Command(name = "breaches", description = "Score survey respondents by whether their tickets breached the SLA.")
public final class LinkBreachesCommand implements Callable<Integer> {

    static final String BREACHED = "SLA breached";
    static final String KEPT = "SLA kept";
    static final String NO_TICKET = "no ticket";

    @Mixin
    private WorkspaceOptions options;

    @Option(names = "--survey", required = true, paramLabel = "NAME", description = "The survey dataset.")
    private String survey;

    @Option(
            names = "--customer",
            required = true,
            paramLabel = "COL",
            description = "Survey column: customer id or e-mail.")
    private String customer;

    @Option(names = "--tickets", required = true, paramLabel = "NAME", description = "The ticket dataset.")
    private String tickets;

    @Option(
            names = "--requester",
            defaultValue = "requester",
            paramLabel = "COL",
            description = "Ticket column naming the customer (default: ${DEFAULT-VALUE}).")
    private String requester;

    @Option(
            names = "--sla",
            required = true,
            paramLabel = "TARGETS|FILE",
            description = "SLA targets, e.g. \"urgent=1h,high=4h,normal=8h,low=24h\" or a file, as for kpi.")
    private String sla;

    @Option(
            names = "--sla-on",
            defaultValue = "frt",
            paramLabel = "frt|resolution",
            converter = KpiCommand.MetricConverter.class,
            description = "The clock the targets apply to (default: frt).")
    private KpiMetric slaOn;

    @Option(names = "--calendar", paramLabel = "ru|24x7|weekdays|FILE", description = "Business calendar, as for kpi.")
    private String calendar;

    @Option(
            names = "--metric",
            defaultValue = "nps",
            converter = ScoreCommand.MetricConverter.class,
            paramLabel = "nps|enps|csat|ces",
            description = "The survey score (default: nps).")
    private Metric metric;

    @Option(names = "--question", paramLabel = "Q", description = "Question key or text (default: the first one).")
    private String question;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BusinessCalendar businessCalendar = CalendarChoice.load(calendar, null);
        Map<String, Object> json = new LinkedHashMap<>();
        ScoreTable table;
        Comparison comparison;
        try (Workspace workspace = options.open()) {
            Dataset surveyData = WorkspaceOptions.requireDataset(workspace, survey);
            Dataset ticketData = WorkspaceOptions.requireDataset(workspace, tickets);
            Column customerColumn = column(surveyData, customer, "--customer");
            String requesterKey = column(ticketData, requester, "--requester").key();
            TicketTable ticketTable = TicketColumns.read(workspace, ticketData, List.of(requesterKey));
            KpiRequest request = new KpiRequest(
                    KpiMetric.SLA,
                    KpiProfile.ZENDESK,
                    businessCalendar,
                    null,
                    null,
                    null,
                    SlaTargets.parse(KpiCommand.slaText(sla), slaOn),
                    null,
                    null);
            boolean[] breached = TicketKpis.slaBreached(ticketTable, request);
            String[] customers = workspace.datasets().readColumn(surveyData, customerColumn);
            BreachLink link =
                    BreachLink.of(customers, ticketTable.column(requesterKey).orElseThrow(), breached);
            Cube cube = Cube.of(workspace.datasets(), surveyData);
            Set<String> unlinked = new HashSet<>(link.linked());
            unlinked.add("");
            List<Score> groups = new ArrayList<>();
            groups.add(score(cube, Filter.in(customerColumn.key(), link.breached()), BREACHED));
            groups.add(score(cube, Filter.in(customerColumn.key(), link.kept()), KEPT));
            groups.add(score(cube, Filter.notIn(customerColumn.key(), unlinked), NO_TICKET));
            ScoreTable any = new SurveyScorer(workspace.datasets())
                    .score(surveyData, new ScoreRequest(metric, question, null, null, null));
            table = new ScoreTable(
                    any.metric(),
                    any.variant(),
                    surveyData.name(),
                    any.question(),
                    "SLA outcome of the customer's tickets",
                    groups,
                    any.definition());
            comparison = groups.get(0).n() > 0 && groups.get(1).n() > 0
                    ? new SurveyScorer(workspace.datasets()).compare(table, BREACHED, KEPT)
                    : null;
            json.put("tickets_breached", count(breached));
            json.put("tickets", breached.length);
            json.put("sla", request.sla().describe() + " on " + slaOn.wireName() + ", " + businessCalendar.name());
        }
        print(table, comparison, json);
        return 0;
    }

    private Score score(Cube cube, Filter filter, String label) {
        FilteredView view = cube.view(List.of(filter));
        Score all = new SurveyScorer(view)
                .score(view.dataset(), new ScoreRequest(metric, question, null, null, null))
                .groups()
                .getFirst();
        return new Score(label, all.n(), all.value(), all.ciLow(), all.ciHigh(), all.standardError(), all.effectiveN());
    }

    private void print(ScoreTable table, Comparison comparison, Map<String, Object> facts) {
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("metric", table.metric().wireName());
            json.put("survey", table.dataset());
            json.put("question", table.question());
            json.putAll(facts);
            List<Map<String, Object>> groups = new ArrayList<>();
            for (Score score : table.groups()) {
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("group", score.group());
                group.put("n", score.n());
                group.put("value", Json.number(score.value()));
                group.put("ci_low", Json.number(score.ciLow()));
                group.put("ci_high", Json.number(score.ciHigh()));
                groups.add(group);
            }
            json.put("groups", groups);
            json.put("definition", table.definition());
            if (comparison != null) {
                json.put("comparison", ScoreJson.comparison(comparison));
            }
            out.println(Json.write(json));
            return;
        }
        out.printf(
                Locale.ROOT,
                "%s of %s in %s by the SLA outcome of the customer's tickets%n",
                table.metric().wireName().toUpperCase(Locale.ROOT),
                table.question(),
                table.dataset());
        for (Score score : table.groups()) {
            out.printf(
                    Locale.ROOT,
                    "  %-13s %s%n",
                    score.group(),
                    score.n() == 0
                            ? "n=0"
                            : String.format(
                                    Locale.ROOT,
                                    "%6.1f  [%6.1f, %6.1f]  n=%d",
                                    score.value(),
                                    score.ciLow(),
                                    score.ciHigh(),
                                    score.n()));
        }
        out.printf(
                Locale.ROOT,
                "SLA: %s; %s of %s tickets breached%n",
                facts.get("sla"),
                facts.get("tickets_breached"),
                facts.get("tickets"));
        out.println("Respondents are matched to requesters by customer id, or by e-mail (in clear or SHA-256);"
                + " a respondent with any breached ticket counts as breached.");
        out.println(table.definition());
        if (comparison != null) {
            out.print(ScoreText.comparison(comparison));
        }
    }

    private static long count(boolean[] flags) {
        long n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }

    private static Column column(Dataset dataset, String name, String option) {
        return dataset.column(name.strip())
                .orElseThrow(() -> new UserInputException(option + ": dataset " + dataset.name() + " has no column '"
                        + name + "'; run 'verbatim datasets' to see its columns"));
    }
}
