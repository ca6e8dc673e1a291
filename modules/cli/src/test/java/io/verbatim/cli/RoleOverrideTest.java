package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --role}: the analyst confirms or changes detected question roles from the command line. */
class RoleOverrideTest {

    private static final String SATISFACTION = "Overall, how satisfied are you with Acme?";
    private static final String EASE = "Acme made it easy for me to handle my issue.";

    @TempDir
    Path workspace;

    private CliRun cli;
    private Path golden;

    @BeforeEach
    void setUp() throws URISyntaxException {
        cli = new CliRun(workspace);
        golden = Path.of(getClass().getResource("/golden/golden_survey.csv").toURI());
    }

    @Test
    void aColumnMarkedNoneIsNotScored() {
        cli.json("import", golden.toString(), "--role", SATISFACTION + "=none");
        JsonNode questions = cli.json("datasets").get(0).get("questions");
        assertThat(questions.findValuesAsText("role")).containsExactlyInAnyOrder("nps", "ces");
        CliRun.Result result = cli.run("score", "--dataset", "golden_survey", "--metric", "csat");
        assertThat(result.code()).isEqualTo(1);
    }

    @Test
    void aReversedScaleTurnsTheAgreeBoxesAround() {
        cli.json("import", golden.toString(), "--role", EASE + "=ces:1-7:reversed");
        JsonNode ces = cli.json("datasets").get(0).get("questions").findParents("role").stream()
                .filter(q -> q.get("role").asText().equals("ces"))
                .findFirst()
                .orElseThrow();
        assertThat(ces.get("direction").asText()).isEqualTo("lower_is_better");
        // with 1 = best, "agree" is 1–3: 20 + 10 + 10 = 40 of 200 → 20.0%
        JsonNode all = cli.json("score", "--dataset", "golden_survey", "--metric", "ces", "--variant", "top-box")
                .get("groups")
                .get(0);
        assertThat(all.get("value").asDouble()).isCloseTo(20.0, within(0.05));
    }

    @Test
    void anUnknownColumnIsRefusedNamingTheColumnsThereAre() {
        CliRun.Result result = cli.run("import", golden.toString(), "--role", "Satisfaction=csat");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .contains("no column 'Satisfaction'")
                .contains("Region")
                .hasLineCount(1);
        assertThat(cli.json("datasets")).isEmpty();
    }

    @Test
    void anUnknownRoleIsRefused() {
        CliRun.Result result = cli.run("import", golden.toString(), "--role", "Region=loyalty");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("unknown role 'loyalty'");
    }
}
