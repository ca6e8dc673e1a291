package io.verbatim.cli.text;

/** A score in [-1, 1] as text with three decimals ({@code -0.125}, {@code 0.900}), never in exponent notation. */
final class ScoreText {

    private ScoreText() {}

    static String of(double score) {
        long thousandths = Math.round(score * 1000);
        StringBuilder text = new StringBuilder(6);
        if (thousandths < 0) {
            text.append('-');
            thousandths = -thousandths;
        }
        text.append(thousandths / 1000).append('.');
        long fraction = thousandths % 1000;
        if (fraction < 100) {
            text.append('0');
        }
        if (fraction < 10) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }
}
