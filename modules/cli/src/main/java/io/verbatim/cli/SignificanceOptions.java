package io.verbatim.cli;

import io.verbatim.analytics.stat.PValueAdjustment;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --highlight}, {@code --adjust} and {@code --min-base} of {@code score}. */
final class SignificanceOptions {

    /**
     * Below 30 answers a 0–10 NPS has a margin of about ±30 points and a top-box share about ±17, and the normal
     * approximation behind the z-tests is at its weakest; 30 is also the base most survey tools flag.
     */
    static final long DEFAULT_MIN_BASE = 30;

    @Option(
            names = "--highlight",
            description = "Test every group of the --by breakdown against the rest of the sample and mark the ones"
                    + " that differ after multiple-comparison adjustment.")
    private boolean highlight;

    @Option(
            names = "--adjust",
            paramLabel = "holm|bh",
            defaultValue = "holm",
            converter = AdjustmentConverter.class,
            description = "Adjustment for --highlight: holm (family-wise error, default) or bh (Benjamini–Hochberg,"
                    + " false discovery rate).")
    private PValueAdjustment adjustment;

    @Option(
            names = "--min-base",
            paramLabel = "N",
            defaultValue = "30",
            description = "Groups with fewer (effective) answers are flagged as low base and not highlighted"
                    + " (default: ${DEFAULT-VALUE}).")
    private long minimumBase;

    boolean highlight() {
        return highlight;
    }

    PValueAdjustment adjustment() {
        return adjustment;
    }

    long minimumBase() {
        if (minimumBase < 1) {
            throw new UserInputException("--min-base must be at least 1");
        }
        return minimumBase;
    }

    /** Accepts holm and bh. */
    static final class AdjustmentConverter implements ITypeConverter<PValueAdjustment> {
        @Override
        public PValueAdjustment convert(String value) {
            try {
                return PValueAdjustment.fromWire(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
