package io.verbatim.cli;

import io.verbatim.analytics.driver.DriverReport;
import io.verbatim.analytics.driver.DriverWeight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text and JSON of {@code drivers}. JSON: {@code {"dataset","outcome","rows","n","r_squared","resamples","seed",
 * "definition","drivers":[{"driver","weight","ci_low","ci_high","percent_of_r_squared","correlation"}]}}.
 */
final class DriversOutput {

    private DriversOutput() {}

    static String text(DriverReport report, String dataset) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Key drivers of %s in %s: R² = %.3f, n = %d of %d rows%s%n",
                report.outcome(),
                dataset,
                report.rSquared(),
                report.used(),
                report.rows(),
                report.used() < report.rows()
                        ? " (" + (report.rows() - report.used()) + " with a blank left out)"
                        : ""));
        int width = Math.max(
                6,
                report.drivers().stream().mapToInt(d -> d.name().length()).max().orElse(6));
        text.append(String.format(
                Locale.ROOT,
                "  %-" + width + "s  %7s  %-17s  %7s  %6s%n",
                "driver",
                "weight",
                "95% CI",
                "% of R²",
                "r"));
        for (DriverWeight driver : report.drivers()) {
            String interval = Double.isNaN(driver.ciLow())
                    ? "(no resamples)"
                    : String.format(Locale.ROOT, "[%.3f, %.3f]", driver.ciLow(), driver.ciHigh());
            text.append(String.format(
                    Locale.ROOT,
                    "  %-" + width + "s  %7.3f  %-17s  %6.1f%%  %+6.2f%n",
                    driver.name(),
                    driver.weight(),
                    interval,
                    driver.percentOfRSquared(),
                    driver.correlation()));
        }
        text.append(report.definition()).append(System.lineSeparator());
        return text.toString();
    }

    static Map<String, Object> json(DriverReport report, String dataset) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", dataset);
        json.put("outcome", report.outcome());
        json.put("rows", report.rows());
        json.put("n", report.used());
        json.put("r_squared", Json.number(report.rSquared()));
        json.put("resamples", report.usedResamples());
        json.put("seed", report.seed());
        json.put("definition", report.definition());
        List<Map<String, Object>> drivers = new ArrayList<>();
        for (DriverWeight driver : report.drivers()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("driver", driver.name());
            entry.put("weight", Json.number(driver.weight()));
            entry.put("ci_low", Json.number(driver.ciLow()));
            entry.put("ci_high", Json.number(driver.ciHigh()));
            entry.put("percent_of_r_squared", Json.number(driver.percentOfRSquared()));
            entry.put("correlation", Json.number(driver.correlation()));
            drivers.add(entry);
        }
        json.put("drivers", drivers);
        return json;
    }
}
