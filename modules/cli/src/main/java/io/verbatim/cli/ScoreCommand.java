package io.verbatim.cli;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.FilterExpression;
import io.verbatim.analytics.cube.FilteredView;
import io.verbatim.analytics.score.Highlight;
import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.analytics.score.SurveyScorer;
import io.verbatim.analytics.weight.Weighting;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import io.verbatim.store.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim score}: a score with n and a 95% interval per group, optionally a two-group test, a highlight of the
 * groups that differ from the rest, and weights (docs/decisions/0026-comparisons-weighting-drivers.md).
 */
@Command(
        name = "score",
        description = "Score a dataset: NPS, eNPS, CSAT or CES with n and a 95%% interval, overall, by a column or by"
                + " period.")
final class ScoreCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The dataset to score.")
    private String dataset;

    @Option(
            names = "--metric",
            required = true,
            paramLabel = "nps|enps|csat|ces",
            converter = MetricConverter.class,
            description = "The score.")
    private Metric metric;

    @Option(names = "--question", paramLabel = "Q", description = "Question key or text (default: the first one).")
    private String question;

    @Option(
            names = "--variant",
            paramLabel = "net-score|top-box-percent|mean",
            converter = VariantConverter.class,
            description = "CSAT: top-box-percent (default) or mean; CES: mean (default) or top-box-percent (%% agree).")
    private Variant variant;

    @Option(names = "--by", paramLabel = "COL", description = "Break the score down by this column.")
    private String by;

    @Option(names = "--period", paramLabel = "day|week|month", description = "A trend by response date.")
    private Period period;

    @Option(
            names = "--compare",
            paramLabel = "A,B",
            split = ",",
            description = "Test whether two groups of the breakdown or trend differ (5%% level, two-sided).")
    private List<String> compare;

    @Option(
            names = "--filter",
            paramLabel = "EXPR",
            description =
                    "Score only the rows that match, e.g. \"Region=Москва,Казань;Channel!=app;date>=2025-01-01\".")
    private String filter;

    @Mixin
    private SignificanceOptions significance;

    @Mixin
    private WeightOptions weights;

    @Override
    public Integer call() {
        if (by != null && period != null) {
            throw new UserInputException("use --by or --period, not both");
        }
        if (compare != null && (compare.size() != 2 || (by == null && period == null))) {
            throw new UserInputException("--compare takes two groups A,B of a --by breakdown or a --period trend");
        }
        if (significance.highlight() && by == null) {
            throw new UserInputException("--highlight tests the groups of a breakdown; add --by COL");
        }
        long minimumBase = significance.minimumBase();
        ScoreResult result;
        try (Workspace workspace = options.open()) {
            Dataset data = WorkspaceOptions.requireDataset(workspace, dataset);
            DatasetRepository repository = workspace.datasets();
            Dataset whole = data;
            if (filter != null) {
                FilteredView view = Cube.of(repository, data).view(FilterExpression.parse(filter));
                repository = view;
                data = view.dataset();
            }
            SurveyScorer scorer = new SurveyScorer(repository);
            Weighting weighting = weights.weighting(repository, data);
            double[] rowWeights = weighting == null ? null : weighting.weights();
            ScoreRequest request = new ScoreRequest(metric, question, variant, by, period);
            Highlight highlight = significance.highlight()
                    ? scorer.highlight(data, request, rowWeights, significance.adjustment(), minimumBase)
                    : null;
            ScoreTable table = highlight != null ? highlight.table() : scorer.score(data, request, rowWeights);
            Comparison comparison = compare == null
                    ? null
                    : scorer.compare(
                            table, compare.get(0).strip(), compare.get(1).strip());
            result = new ScoreResult(table, comparison, highlight, weighting, minimumBase)
                    .filtered(
                            filter == null
                                    ? null
                                    : new ScoreResult.Filtered(filter.strip(), data.rows(), whole.rows()));
        }
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            out.println(Json.write(ScoreJson.of(result)));
        } else {
            out.print(ScoreText.of(result));
        }
        return 0;
    }

    /** Accepts nps, enps, csat, ces in any case and says what is allowed otherwise. */
    static final class MetricConverter implements picocli.CommandLine.ITypeConverter<Metric> {
        @Override
        public Metric convert(String value) {
            try {
                return Metric.fromWire(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown metric '" + value + "'; use nps, enps, csat or ces");
            }
        }
    }

    /** Accepts net-score, top-box-percent (or top-box) and mean. */
    static final class VariantConverter implements picocli.CommandLine.ITypeConverter<Variant> {
        @Override
        public Variant convert(String value) {
            String wire = "top-box".equalsIgnoreCase(value.strip()) ? "top-box-percent" : value;
            try {
                return Variant.fromWire(wire);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown variant '" + value + "'; use net-score, top-box-percent or mean");
            }
        }
    }
}
