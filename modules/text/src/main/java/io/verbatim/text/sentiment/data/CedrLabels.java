package io.verbatim.text.sentiment.data;

import io.verbatim.text.sentiment.SentimentLabel;

/**
 * CEDR's emotions as sentiment. CEDR labels a sentence with none or several of joy (0), sadness (1), surprise (2),
 * fear (3) and anger (4). Joy alone, or joy with surprise, is positive; sadness, fear or anger without joy is negative;
 * no emotion is neutral; surprise alone is left out (in CEDR it marks both good and bad news, so it carries no
 * polarity), and so is joy mixed with a negative emotion (107 + 20 multi-label rows in all, few of them mixed).
 */
final class CedrLabels {

    private CedrLabels() {}

    /** The sentiment of a label list like {@code [1 2]} or {@code []}, or null when it has none. */
    static SentimentLabel sentiment(String labels) {
        boolean joy = false;
        boolean negative = false;
        boolean any = false;
        for (char c : labels.toCharArray()) {
            switch (c) {
                case '0' -> joy = true;
                case '1', '3', '4' -> negative = true;
                case '2' -> any = true;
                default -> {
                    continue;
                }
            }
            any = true;
        }
        if (!any) {
            return SentimentLabel.NEUTRAL;
        }
        if (joy == negative) {
            return null;
        }
        return joy ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
    }
}
