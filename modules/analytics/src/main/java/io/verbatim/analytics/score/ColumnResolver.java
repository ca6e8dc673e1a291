package io.verbatim.analytics.score;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.score.Metric;

/**
 * Finds the columns a request names, with messages a user can act on. Only questions explicitly marked with the
 * metric's role are scored (PostHog's fix for NPS computed on any 0–10 question), so a named column with another
 * role is refused rather than silently scored.
 */
public final class ColumnResolver {

    private ColumnResolver() {}

    public static Column question(Dataset dataset, Metric metric, String name) {
        String metricName = ScoreCalculator.displayName(metric);
        if (name == null) {
            return dataset.questions(metric.role()).stream()
                    .findFirst()
                    .orElseThrow(() -> new ScoreException("Dataset " + dataset.name() + " has no " + metricName
                            + " question; mark one in the import wizard or pass --question"));
        }
        Column column = dataset.column(name)
                .orElseThrow(() -> new ScoreException("Dataset " + dataset.name() + " has no column '" + name + "'"));
        if (column.question() == null) {
            throw new ScoreException("Column '" + column.key() + "' of dataset " + dataset.name()
                    + " is not a rating question; mark it as " + metricName + " in the import wizard");
        }
        if (!column.hasRole(metric.role())) {
            throw new ScoreException("Column '" + column.key() + "' of dataset " + dataset.name() + " is marked as "
                    + roleName(column.question().role()) + ", not " + metricName + "; only questions marked "
                    + metricName + " are scored as " + metricName);
        }
        return column;
    }

    public static Column breakdown(Dataset dataset, String name) {
        return dataset.column(name)
                .orElseThrow(() -> new ScoreException(
                        "Dataset " + dataset.name() + " has no column '" + name + "' to break down by"));
    }

    public static Column responseDate(Dataset dataset) {
        return ResponseDates.column(dataset)
                .orElseThrow(() -> new ScoreException("Dataset " + dataset.name()
                        + " has no response-date column (a date/time column such as RecordedDate); a trend needs one"));
    }

    private static String roleName(MetricRole role) {
        return switch (role) {
            case NPS -> "NPS";
            case ENPS -> "eNPS";
            case CSAT -> "CSAT";
            case CES -> "CES";
            case OTHER -> "another kind of rating";
        };
    }
}
