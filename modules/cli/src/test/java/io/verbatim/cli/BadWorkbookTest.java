package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, acceptance 3: an XML bomb, a zip bomb, an encrypted, a corrupt and a truncated XLSX are each refused in
 * under 5 s with one line naming the file, and the workspace keeps the same datasets and rows, byte for byte.
 */
class BadWorkbookTest {

    /** The acceptance line's limit; the refusals measured here take well under a second. */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @TempDir
    Path workspace;

    @TempDir
    Path scratch;

    private CliRun cli;
    private String datasetsBefore;
    private Map<String, String> rowsBefore;

    @BeforeEach
    void aWorkspaceWithOneDataset() throws IOException {
        cli = new CliRun(workspace);
        Path golden = copy("/golden/golden_survey.csv", "golden_survey.csv");
        assertThat(cli.run("import", golden.toString()).code()).isZero();
        datasetsBefore = cli.run("datasets", "--format", "json").out();
        rowsBefore = WorkspaceSnapshot.of(workspace);
        assertThat(rowsBefore).containsKey("golden_survey");
    }

    @Test
    void theXmlBombIsRefusedForSafety() throws IOException {
        Path bomb = copy("/robustness/entity-expansion-exploit-poc-file.xlsx", "bomb.xlsx");
        assertRefused(bomb, "refused for safety");
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() throws IOException {
        Path template = Workbooks.survey(scratch.resolve("template.xlsx"), 20);
        Path bomb = Workbooks.zipBomb(scratch.resolve("zip-bomb.xlsx"), template, 2L << 30);
        assertThat(Files.size(bomb)).as("about 2 MB on disk for 2 GiB inflated").isLessThan(4L << 20);
        assertRefused(bomb, "refused for safety");
    }

    @Test
    void aZipBombThatUnderstatesItsSizeIsRefusedToo() throws IOException {
        Path template = Workbooks.survey(scratch.resolve("template.xlsx"), 20);
        Path bomb = Workbooks.zipBomb(scratch.resolve("lying-bomb.xlsx"), template, 2L << 30, false);
        assertRefused(bomb, "refused for safety");
    }

    @Test
    void aCellTooLargeForTheHeapIsRefusedNotCollected() throws IOException {
        Path template = Workbooks.survey(scratch.resolve("template.xlsx"), 20);
        Path giant = Workbooks.giantCell(scratch.resolve("giant-cell.xlsx"), template, 17);
        assertRefused(giant, "more than 16777216 characters");
    }

    @Test
    void anEncryptedWorkbookIsRefusedAskingForThePasswordToBeRemoved() throws IOException {
        Path encrypted = copy("/robustness/encrypted.xlsx", "encrypted.xlsx");
        assertRefused(encrypted, "password");
    }

    @Test
    void aCorruptWorkbookIsRefused() throws IOException {
        Path corrupt = copy("/robustness/corrupt.xlsx", "corrupt.xlsx");
        assertRefused(corrupt, "not a readable XLSX");
    }

    @Test
    void aWorkbookCutInHalfIsRefused() throws IOException {
        Path whole = Workbooks.survey(scratch.resolve("whole.xlsx"), 2_000);
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Files.write(scratch.resolve("half.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        // a cut zip has lost its directory: the whole file is at fault, so no line is named
        assertThat(assertRefused(half, "not a readable XLSX")).startsWith("half.xlsx: ");

        // the uncut workbook is a good one: it is the cut that is refused
        assertThat(cli.run("import", whole.toString()).code()).isZero();
    }

    private String assertRefused(Path file, String reason) {
        long start = System.nanoTime();
        CliRun.Result result = assertTimeoutPreemptively(LIMIT, () -> cli.run("import", file.toString()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s refused in %d ms: %s", file.getFileName(), millis, result.err());

        assertThat(result.code()).as(result.err()).isEqualTo(1);
        assertThat(result.err())
                .startsWith(file.getFileName().toString() + ":")
                .contains(reason)
                .doesNotContain("internal error")
                .hasLineCount(1);
        assertThat(cli.run("datasets", "--format", "json").out()).isEqualTo(datasetsBefore);
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(rowsBefore);
        return result.err();
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Path copy = scratch.resolve(name);
            Files.copy(in, copy);
            return copy;
        }
    }
}
