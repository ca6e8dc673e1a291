package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drivers} on golden_survey.csv through a real H2 workspace: NPS as the outcome, CSAT and CES (the other two
 * rating questions) as drivers. The expected figures are computed here from the CSV itself with the two-driver closed
 * form, independently of the eigen-decomposition the command uses.
 */
class DriversCommandTest {

    private static final String NPS = "How likely are you to recommend Acme to a friend or colleague?";

    @TempDir
    Path workspace;

    private CliRun cli;
    private Path golden;

    @BeforeEach
    void importGoldenSurvey() throws URISyntaxException {
        cli = new CliRun(workspace);
        golden = Path.of(getClass().getResource("/golden/golden_survey.csv").toURI());
        assertThat(cli.run("import", golden.toString(), "--dataset", "golden").code())
                .isZero();
    }

    @Test
    void ranksTheOtherRatingQuestionsByTheirShareOfRSquared() throws IOException {
        // Closed form for two drivers with r12 = ρ: R² = (r1² + r2² − 2·r1·r2·ρ)/(1 − ρ²); with
        // a = (√(1+ρ) + √(1−ρ))/2, b = (√(1+ρ) − √(1−ρ))/2, β = Λ*⁻¹r and ε1 = a²β1² + b²β2², ε2 = b²β1² + a²β2².
        double[][] rows = completeRows();
        double r1 = correlation(rows, 0, 1);
        double r2 = correlation(rows, 0, 2);
        double rho = correlation(rows, 1, 2);
        double a = (Math.sqrt(1 + rho) + Math.sqrt(1 - rho)) / 2;
        double b = (Math.sqrt(1 + rho) - Math.sqrt(1 - rho)) / 2;
        double det = a * a - b * b;
        double beta1 = (a * r1 - b * r2) / det;
        double beta2 = (a * r2 - b * r1) / det;
        double csat = a * a * beta1 * beta1 + b * b * beta2 * beta2;
        double ces = b * b * beta1 * beta1 + a * a * beta2 * beta2;
        double rSquared = (r1 * r1 + r2 * r2 - 2 * r1 * r2 * rho) / (1 - rho * rho);

        JsonNode json = cli.json("drivers", "--dataset", "golden", "--outcome", NPS, "--resamples", "100");

        assertThat(json.get("rows").asInt()).isEqualTo(208);
        assertThat(json.get("n").asInt()).isEqualTo(rows.length);
        assertThat(json.get("r_squared").asDouble()).isCloseTo(rSquared, within(1e-9));
        JsonNode drivers = json.get("drivers");
        assertThat(drivers).hasSize(2);
        double[] expected = csat >= ces ? new double[] {csat, ces} : new double[] {ces, csat};
        assertThat(drivers.get(0).get("weight").asDouble()).isCloseTo(expected[0], within(1e-9));
        assertThat(drivers.get(1).get("weight").asDouble()).isCloseTo(expected[1], within(1e-9));
        assertThat(drivers.get(0).get("percent_of_r_squared").asDouble()
                        + drivers.get(1).get("percent_of_r_squared").asDouble())
                .isCloseTo(100, within(1e-9));
        assertThat(drivers.get(0).get("ci_low").asDouble())
                .isLessThanOrEqualTo(drivers.get(0).get("weight").asDouble());
        assertThat(json.get("definition").asText()).contains("Johnson").contains("100 resamples");
    }

    @Test
    void textNamesTheModelBaseAndTheRowsLeftOut() {
        CliRun.Result result =
                cli.run("drivers", "--dataset", "golden", "--outcome", NPS, "--resamples", "50", "--seed", "3");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("Key drivers of .+ in golden: R² = 0\\.\\d{3}, n = \\d+ of 208 rows \\(\\d+ with a"
                        + " blank left out\\)")
                .contains("% of R²")
                .contains("rows with any blank left out");
    }

    @Test
    void anOutcomeThatIsNotARatingQuestionIsAOneLineError() {
        CliRun.Result result = cli.run("drivers", "--dataset", "golden", "--outcome", "Region");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("'Region' is not a rating question").hasLineCount(1);
    }

    /** NPS, CSAT, CES of the rows where all three are answered (the CSV has no quotes in its data rows). */
    private double[][] completeRows() throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(golden, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[3].isBlank() && !cells[4].isBlank() && !cells[5].isBlank()) {
                rows.add(new double[] {
                    Double.parseDouble(cells[3]), Double.parseDouble(cells[4]), Double.parseDouble(cells[5])
                });
            }
        }
        return rows.toArray(double[][]::new);
    }

    private static double correlation(double[][] rows, int x, int y) {
        double mx = 0;
        double my = 0;
        for (double[] row : rows) {
            mx += row[x] / rows.length;
            my += row[y] / rows.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] row : rows) {
            sxy += (row[x] - mx) * (row[y] - my);
            sxx += (row[x] - mx) * (row[x] - mx);
            syy += (row[y] - my) * (row[y] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
