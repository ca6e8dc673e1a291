package io.verbatim.cli;

import io.verbatim.analytics.driver.Driver;
import io.verbatim.analytics.driver.DriverReport;
import io.verbatim.analytics.driver.KeyDriverAnalysis;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.store.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim drivers}: ranks rating questions as drivers of an outcome question by Johnson's relative weights,
 * with bootstrap intervals (docs/decisions/0026-comparisons-weighting-drivers.md).
 */
@Command(
        name = "drivers",
        description = "Key drivers of an outcome question: Johnson's relative weights (share of R²) with bootstrap"
                + " 95%% intervals.")
final class DriversCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The survey dataset.")
    private String dataset;

    @Option(
            names = "--outcome",
            required = true,
            paramLabel = "Q",
            description = "The outcome rating question (key or text), e.g. the NPS question.")
    private String outcome;

    @Option(
            names = "--drivers",
            paramLabel = "Q1,Q2,...",
            split = ",",
            description = "Driver rating questions (default: every other rating question).")
    private List<String> drivers;

    @Option(
            names = "--resamples",
            paramLabel = "N",
            defaultValue = "500",
            description = "Bootstrap resamples for the intervals; 0 for none (default: ${DEFAULT-VALUE}).")
    private int resamples;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "20000101",
            description = "Bootstrap random seed; the same seed prints the same intervals (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        if (resamples < 0) {
            throw new UserInputException("--resamples must be 0 or more");
        }
        DriverReport report;
        try (Workspace workspace = options.open()) {
            Dataset data = WorkspaceOptions.requireDataset(workspace, dataset);
            DatasetRepository repository = workspace.datasets();
            Column outcomeColumn = rating(data, outcome);
            List<Driver> inputs = new ArrayList<>();
            for (Column column : driverColumns(data, outcomeColumn)) {
                inputs.add(new Driver(column.key(), values(repository, data, column)));
            }
            report = new KeyDriverAnalysis(resamples, seed)
                    .analyse(outcomeColumn.key(), values(repository, data, outcomeColumn), inputs);
        }
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            out.println(Json.write(DriversOutput.json(report, dataset)));
        } else {
            out.print(DriversOutput.text(report, dataset));
        }
        return 0;
    }

    private List<Column> driverColumns(Dataset data, Column outcomeColumn) {
        if (drivers != null) {
            List<Column> named = new ArrayList<>();
            for (String name : drivers) {
                Column column = rating(data, name.strip());
                if (column.key().equals(outcomeColumn.key())) {
                    throw new UserInputException("'" + name.strip() + "' is the outcome; it cannot also be a driver");
                }
                named.add(column);
            }
            return named;
        }
        List<Column> others = data.columns().stream()
                .filter(c -> c.question() != null && !c.key().equals(outcomeColumn.key()))
                .toList();
        if (others.isEmpty()) {
            throw new UserInputException("dataset " + data.name() + " has no other rating question to use as a driver;"
                    + " name drivers with --drivers");
        }
        return others;
    }

    private static Column rating(Dataset data, String name) {
        Column column = data.column(name)
                .orElseThrow(() -> new UserInputException("dataset " + data.name() + " has no column '" + name + "'"));
        if (column.question() == null) {
            throw new UserInputException("column '" + column.key() + "' is not a rating question; key drivers need"
                    + " numeric answers (mark it as a question in the import wizard)");
        }
        return column;
    }

    /** The answer codes as numbers; blanks, N/A and out-of-scale answers are NaN, which leaves the row out. */
    private static double[] values(DatasetRepository repository, Dataset data, Column column) {
        Scale scale = column.question().scale();
        String[] cells = repository.readColumn(data, column);
        double[] values = new double[cells.length];
        for (int row = 0; row < cells.length; row++) {
            OptionalInt code = scale.codeOf(cells[row]);
            values[row] = code.isPresent() ? code.getAsInt() : Double.NaN;
        }
        return values;
    }
}
