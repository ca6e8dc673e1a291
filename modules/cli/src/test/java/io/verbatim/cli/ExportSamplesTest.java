package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.cli.ExportSampleExpectations.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's acceptance line, file by file: every CSV and JSON sample in {@code shared/data/exports} is imported with
 * no options into its own new workspace and must give exactly what {@link ExportSampleExpectations} says: the kind,
 * layout and row count detected with no manual mapping, or a one-line refusal that names what the file is. Skipped
 * with a message when the shared data is not beside the checkout.
 */
class ExportSamplesTest {

    private static final String EXPORTS = "exports";

    @TempDir
    Path workspaces;

    @Test
    void everySampleHasAnExpectationAndEveryExpectationASample() throws IOException {
        Set<String> found = new TreeSet<>(samples(SharedData.require(EXPORTS)));
        Set<String> expected = new TreeSet<>(ExportSampleExpectations.all().keySet());

        assertThat(diff(found, expected))
                .as("samples without an expectation: add them to ExportSampleExpectations")
                .isEmpty();
        assertThat(diff(expected, found))
                .as("expectations without a sample: remove them from ExportSampleExpectations")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachSampleImportsAsExpected() throws IOException {
        Path exports = SharedData.require(EXPORTS);
        Map<String, Outcome> expected = ExportSampleExpectations.all();
        List<DynamicTest> tests = new ArrayList<>();
        int index = 0;
        for (String sample : samples(exports)) {
            Outcome outcome = expected.get(sample);
            Path workspace = workspaces.resolve("ws" + index++);
            tests.add(DynamicTest.dynamicTest(
                    sample + " → " + outcome, () -> check(exports.resolve(sample), outcome, new CliRun(workspace))));
        }
        return tests.stream();
    }

    private static void check(Path file, Outcome outcome, CliRun cli) {
        assertThat(outcome).as("no expectation for " + file).isNotNull();
        CliRun.Result result = cli.run("import", "--format", "json", file.toString());
        if (outcome.refusal() == null) {
            assertThat(result.code()).as(result.err()).isZero();
            JsonNode datasets = cli.json("datasets");
            assertThat(datasets).hasSize(1);
            JsonNode dataset = datasets.get(0);
            assertThat(dataset.get("kind").asText()).isEqualTo(outcome.kind());
            assertThat(dataset.get("layout").asText()).isEqualTo(outcome.layout());
            assertThat(dataset.get("rows").asLong()).isEqualTo(outcome.rows());
        } else {
            assertThat(result.code()).as(result.out()).isEqualTo(1);
            assertThat(result.err().strip())
                    .startsWith(file.getFileName().toString() + ":")
                    .contains(outcome.refusal())
                    .doesNotContain("\n");
            assertThat(cli.json("datasets")).isEmpty();
        }
    }

    /** Every file under {@code exports} but the notes, as {@code /}-separated paths relative to it, sorted. */
    private static List<String> samples(Path exports) throws IOException {
        try (Stream<Path> files = Files.walk(exports)) {
            return files.filter(Files::isRegularFile)
                    .filter(ExportSamplesTest::isSample)
                    .map(f -> exports.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Licences, provenance notes and read-me files sit beside the samples and are not exports; anything else is a
     * sample (a new XLSX too), so that it needs an expectation.
     */
    private static boolean isSample(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !(name.startsWith("license")
                || name.startsWith("source")
                || name.startsWith("readme")
                || name.endsWith(".md")
                || name.endsWith(".txt"));
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
