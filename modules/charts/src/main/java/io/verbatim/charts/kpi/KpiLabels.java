package io.verbatim.charts.kpi;

import java.util.Locale;
import java.util.Objects;

/**
 * The words of a KPI board, already translated by the caller (the charts module owns no resource bundles).
 *
 * @param title the board's title, e.g. the dataset's name; empty for none
 * @param subtitle a line under the title, e.g. the filter; empty for none
 * @param base the base pattern with {@code %s} for the count, e.g. "n = %s"
 * @param versus the change pattern with {@code %1$s} the latest and {@code %2$s} the previous period
 * @param significant the marker of a significant change, e.g. "significant"
 * @param notSignificant the marker of a change within noise, e.g. "not significant"
 * @param noPrevious said when there is no previous period to compare with
 * @param lowBase said when the base is under 30 answers
 * @param noAnswers said instead of a value when nobody answered
 * @param percentPoints the unit of a change in a percentage, e.g. "pp"
 * @param locale number formatting
 */
public record KpiLabels(
        String title,
        String subtitle,
        String base,
        String versus,
        String significant,
        String notSignificant,
        String noPrevious,
        String lowBase,
        String noAnswers,
        String percentPoints,
        Locale locale) {

    public KpiLabels {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(versus, "versus");
        Objects.requireNonNull(significant, "significant");
        Objects.requireNonNull(notSignificant, "notSignificant");
        Objects.requireNonNull(noPrevious, "noPrevious");
        Objects.requireNonNull(lowBase, "lowBase");
        Objects.requireNonNull(noAnswers, "noAnswers");
        Objects.requireNonNull(percentPoints, "percentPoints");
        Objects.requireNonNull(locale, "locale");
    }
}
