package io.verbatim.cli;

import io.verbatim.analytics.calendar.BusinessCalendar;
import io.verbatim.analytics.calendar.DurationWords;
import io.verbatim.analytics.ticket.BacklogPeriod;
import io.verbatim.analytics.ticket.KpiMetric;
import io.verbatim.analytics.ticket.KpiProfile;
import io.verbatim.analytics.ticket.KpiRequest;
import io.verbatim.analytics.ticket.KpiResult;
import io.verbatim.analytics.ticket.SlaTargets;
import io.verbatim.analytics.ticket.TicketKpis;
import io.verbatim.analytics.ticket.TicketTable;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code verbatim kpi}: ticket KPIs in calendar and business time, each printed with its definition. */
@Command(
        name = "kpi",
        description = "Ticket KPIs: first reply and resolution times (n, mean, median, p90) in calendar and business"
                + " hours, SLA compliance, first-contact resolution, repeat contacts, reopens, backlog; requester"
                + " wait, agent wait and on-hold time as Zendesk's ticket metrics state them.")
final class KpiCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The ticket dataset.")
    private String dataset;

    @Option(
            names = "--metric",
            required = true,
            paramLabel = "frt|resolution|sla|fcr|repeat|reopen|backlog|requester-wait|agent-wait|on-hold",
            converter = MetricConverter.class,
            description = "The KPI. requester-wait, agent-wait and on-hold are the minutes Zendesk states (ticket"
                    + " metrics JSON), on its own schedule; --calendar does not change them.")
    private KpiMetric metric;

    @Option(
            names = "--calendar",
            paramLabel = "ru|24x7|weekdays|FILE",
            description = "Business calendar: a shipped one or a calendar file (default: weekdays, Mon-Fri 09:00-17:00"
                    + " UTC, stated with every figure).")
    private String calendar;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Read the calendar's hours in this zone instead.")
    private String zone;

    @Option(names = "--by", paramLabel = "COL", description = "Break the KPI down by this column.")
    private String by;

    @Option(
            names = "--profile",
            paramLabel = "zendesk|intercom|custom",
            converter = ProfileConverter.class,
            defaultValue = "zendesk",
            description = "Whose definitions to follow (default: ${DEFAULT-VALUE}).")
    private KpiProfile profile;

    @Option(names = "--start", paramLabel = "COL", description = "Custom profile: the column the clock starts at.")
    private String start;

    @Option(names = "--end", paramLabel = "COL", description = "Custom profile: the column the clock stops at.")
    private String end;

    @Option(
            names = "--sla",
            paramLabel = "TARGETS|FILE",
            description = "SLA targets, e.g. urgent=1h,high=4h,normal=8h,low=24h (high/chat=15m per channel, *=8h for"
                    + " the rest), or a file with one a line.")
    private String sla;

    @Option(
            names = "--sla-on",
            paramLabel = "frt|resolution",
            converter = MetricConverter.class,
            defaultValue = "frt",
            description = "What the SLA targets time (default: ${DEFAULT-VALUE}).")
    private KpiMetric slaOn;

    @Option(names = "--window", paramLabel = "72h|7d", description = "Repeat-contact window (default: 7d).")
    private String window;

    @Option(names = "--period", paramLabel = "day|week", description = "Backlog step (default: day).")
    private BacklogPeriod period;

    @Override
    public Integer call() {
        BusinessCalendar businessCalendar = CalendarChoice.load(calendar, zone);
        KpiResult result;
        try (Workspace workspace = options.open()) {
            Dataset data = WorkspaceOptions.requireDataset(workspace, dataset);
            String byKey = TicketColumns.key(data, by, "--by");
            String startKey = TicketColumns.key(data, start, "--start");
            String endKey = TicketColumns.key(data, end, "--end");
            TicketTable table = TicketColumns.read(
                    workspace,
                    data,
                    Stream.of(byKey, startKey, endKey).filter(Objects::nonNull).toList());
            KpiRequest request = new KpiRequest(
                    metric,
                    profile,
                    businessCalendar,
                    byKey,
                    startKey,
                    endKey,
                    sla == null ? null : SlaTargets.parse(slaText(sla), slaOn),
                    window == null
                            ? null
                            : Duration.ofMinutes(DurationWords.minutes(
                                    window, problem -> new UserInputException("--window: " + problem))),
                    period);
            result = TicketKpis.compute(table, request);
        }
        var out = spec.commandLine().getOut();
        boolean namedCalendar = calendar != null;
        if (options.format() == OutputFormat.JSON) {
            out.println(Json.write(KpiJson.of(result)));
        } else {
            out.print(KpiText.of(result, namedCalendar));
        }
        return 0;
    }

    /** The targets themselves, or the text of the file they name. */
    static String slaText(String value) {
        Path file = Path.of(value.strip());
        if (!value.contains("=") && Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserInputException("--sla: cannot read " + file + " (" + e.getMessage() + ")");
            }
        }
        return value;
    }

    /** Accepts the KPI names in any case and lists them otherwise. */
    static final class MetricConverter implements ITypeConverter<KpiMetric> {
        @Override
        public KpiMetric convert(String value) {
            try {
                return KpiMetric.fromWire(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts zendesk, intercom, custom. */
    static final class ProfileConverter implements ITypeConverter<KpiProfile> {
        @Override
        public KpiProfile convert(String value) {
            try {
                return KpiProfile.fromWire(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
