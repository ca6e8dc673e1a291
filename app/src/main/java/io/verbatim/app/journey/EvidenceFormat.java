package io.verbatim.app.journey;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.Variant;
import java.text.NumberFormat;

/**
 * The METRICS and VERBATIMS lanes' texts: "NPS +23 ± 6 · n=412" with the dashboard's rounding (net scores whole,
 * percentages to a tenth, means to a hundredth) and verbatims in the interface language's quotation marks.
 */
public final class EvidenceFormat {

    private final Messages messages;

    public EvidenceFormat(Messages messages) {
        this.messages = messages;
    }

    /** The stage's score line, or the "no answers" line when no row of its filter answered. */
    public String metricLine(StageEvidence evidence) {
        String metric = messages.get("metric." + evidence.binding().metric().wireName());
        Score score = evidence.score();
        if (score.isEmpty() || Double.isNaN(score.value())) {
            return messages.format("journey.metric.empty", metric);
        }
        Variant variant = evidence.binding().metric().defaultVariant();
        int decimals = decimals(variant);
        String value = number(score.value(), decimals);
        if (variant == Variant.NET_SCORE && score.value() > 0) {
            value = "+" + value;
        } else if (variant == Variant.TOP_BOX_PERCENT) {
            value = value + "%";
        }
        String base = NumberFormat.getIntegerInstance(messages.locale()).format(score.n());
        return messages.format("journey.metric.line", metric, value, number(score.margin(), decimals), base);
    }

    /** A verbatim in quotation marks. */
    public String quoted(String verbatim) {
        return messages.format("journey.quote", verbatim.strip());
    }

    /** A number in the interface language, negatives with a true minus sign (−18, not -18). */
    private String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        String text = format.format(value);
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    private static int decimals(Variant variant) {
        return switch (variant) {
            case NET_SCORE -> 0;
            case TOP_BOX_PERCENT -> 1;
            case MEAN -> 2;
        };
    }
}
