package io.verbatim.cli;

import io.verbatim.analytics.weight.EffectiveSample;
import io.verbatim.analytics.weight.Margin;
import io.verbatim.analytics.weight.RimWeighting;
import io.verbatim.analytics.weight.WeightBounds;
import io.verbatim.analytics.weight.Weighting;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --weights FILE}, {@code --weight-column COL} and {@code --trim} of {@code score}: turns them into one weight
 * per row. A weight column alone is used as it is; with a targets file the column is the starting (design) weight
 * that raking adjusts.
 */
final class WeightOptions {

    @Option(
            names = "--weights",
            paramLabel = "FILE",
            description = "Weighting targets (JSON): rim targets {\"Region\": {\"Москва\": 0.4, ...}, \"Gender\":"
                    + " {...}} or cell targets {\"cells\": [{\"Region\": \"Москва\", \"Gender\": \"F\", \"share\":"
                    + " 0.2}, ...]}.")
    private Path targets;

    @Option(
            names = "--weight-column",
            paramLabel = "COL",
            description = "A column of weights already in the data (or design weights to rake from with --weights).")
    private String column;

    @Option(
            names = "--trim",
            paramLabel = "LOW,HIGH|none",
            defaultValue = "0.3,3.0",
            description = "Cut raked weights (mean 1) to these bounds and re-rake (default: ${DEFAULT-VALUE}).")
    private String trim;

    boolean weighted() {
        return targets != null || column != null;
    }

    /** The weights for the dataset's rows, or null when no weighting was asked for. */
    Weighting weighting(DatasetRepository repository, Dataset dataset) {
        if (!weighted()) {
            return null;
        }
        double[] design = column == null ? null : WeightColumn.read(repository, dataset, column);
        if (targets == null) {
            return new Weighting(
                    design, 0, 0, 0, EffectiveSample.of(design), "weights from column '" + column + "', as given");
        }
        List<Margin> margins = WeightTargetsFile.read(targets, repository, dataset);
        RimWeighting raking =
                new RimWeighting(RimWeighting.DEFAULT_TOLERANCE, RimWeighting.DEFAULT_MAX_ITERATIONS, bounds());
        return design == null ? raking.weigh(margins) : raking.weigh(margins, design);
    }

    private WeightBounds bounds() {
        if (trim.strip().equalsIgnoreCase("none")) {
            return null;
        }
        String[] parts = trim.split(",");
        try {
            if (parts.length == 2) {
                return new WeightBounds(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UserInputException("--trim takes LOW,HIGH (e.g. 0.3,3.0) or none, not '" + trim + "'");
    }

    /** Reads and checks a column of weights. */
    static final class WeightColumn {

        private WeightColumn() {}

        static double[] read(DatasetRepository repository, Dataset dataset, String name) {
            Column column = dataset.column(name)
                    .orElseThrow(() -> new UserInputException(
                            "dataset " + dataset.name() + " has no column '" + name + "' to take weights from"));
            String[] cells = repository.readColumn(dataset, column);
            double[] weights = new double[cells.length];
            for (int row = 0; row < cells.length; row++) {
                String cell = cells[row].strip().replace(',', '.');
                try {
                    weights[row] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    weights[row] = Double.NaN;
                }
                if (!(weights[row] >= 0) || Double.isInfinite(weights[row])) {
                    throw new UserInputException(String.format(
                            Locale.ROOT,
                            "row %d of weight column '%s' holds '%s'; every row needs a weight of 0 or more",
                            row + 1,
                            name,
                            cells[row]));
                }
            }
            return weights;
        }
    }
}
