package io.verbatim.charts;

import java.util.Locale;
import java.util.Objects;

/**
 * The words a chart shows, already translated by the caller. The charts module owns no resource bundles: the desktop
 * app, the command line and reports each bring their own language, so every label arrives as a parameter.
 *
 * @param title chart title, or an empty string for none (the app shows titles in its own layout)
 * @param categoryAxis title of the axis with groups or dates
 * @param valueAxis title of the axis with scores
 * @param seriesLabel legend text of the score line or bars
 * @param intervalLabel legend text of the 95% interval band or error bars
 * @param lowBaseLabel legend and tooltip text for groups and periods below {@link BaseSize#LOW} answers
 * @param locale used for number and month formatting
 */
public record ChartLabels(
        String title,
        String categoryAxis,
        String valueAxis,
        String seriesLabel,
        String intervalLabel,
        String lowBaseLabel,
        Locale locale) {

    public ChartLabels {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryAxis, "categoryAxis");
        Objects.requireNonNull(valueAxis, "valueAxis");
        Objects.requireNonNull(seriesLabel, "seriesLabel");
        Objects.requireNonNull(intervalLabel, "intervalLabel");
        Objects.requireNonNull(lowBaseLabel, "lowBaseLabel");
        Objects.requireNonNull(locale, "locale");
    }
}
