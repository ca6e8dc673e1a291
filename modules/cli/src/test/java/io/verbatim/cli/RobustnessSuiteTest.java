package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3, "every suite in ../shared/data/robustness read as its expected results say": every file of the csvlint.rb
 * and csv-parser fixture folders is either imported whole or refused with one line naming the file (and, for a
 * problem inside the file, its line and column); never an internal error, never a partial dataset. Where a fixture's
 * outcome is known (the suites' own tests, or a deliberate choice of ours noted below), it is asserted too.
 */
class RobustnessSuiteTest {

    private static final String CSVLINT = "robustness/csvlint_rb_fixtures/features/fixtures/";
    private static final String CSV_PARSER = "robustness/csv_parser_fixtures/test/fixtures/";

    /**
     * "rows=N" (imported, with N rows), "rows=N KEY=VALUE" (and column KEY holds VALUE), "refused=LINE:COLUMN" or
     * "refused=file" (a whole-file refusal, no line).
     */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            // csvlint.rb: valid files in every line-end convention are valid
            Map.entry(CSVLINT + "valid.csv", "rows=2"),
            Map.entry(CSVLINT + "white space in filename.csv", "rows=2"),
            Map.entry(CSVLINT + "valid_many_rows.csv", "rows=6"),
            Map.entry(CSVLINT + "lf-line-endings.csv", "rows=2"),
            Map.entry(CSVLINT + "crlf-line-endings.csv", "rows=2"),
            Map.entry(CSVLINT + "cr-line-endings.csv", "rows=2 Baz=Doge"),
            Map.entry(CSVLINT + "inconsistent-line-endings.csv", "rows=2"),
            Map.entry(CSVLINT + "inconsistent-line-endings-unquoted.csv", "rows=2"),
            Map.entry(CSVLINT + "windows-line-endings.csv", "rows=1 c=f"),
            // csvlint.rb: a stray quote in row 4 is an error; a binary .xls is not a CSV
            Map.entry(CSVLINT + "invalid_many_rows.csv", "refused=4:3"),
            Map.entry(CSVLINT + "spreadsheet.xls", "refused=file"),
            // csvlint.rb calls this file's Latin-1 bytes invalid UTF-8; ADR 0011 reads a file with no valid UTF-8
            // sequence as windows-1252, so it imports with its accents right
            Map.entry(CSVLINT + "invalid-byte-sequence.csv", "rows=23 Histórico=Saldo Anterior"),
            // an .xlsx given as CSV is read as the workbook it is: a header row and no responses
            Map.entry(CSVLINT + "spreadsheet.xlsx", "rows=0"),
            // csv-parser: the bench files in UTF-8, UTF-16 (both byte orders) and Latin-1 read the same text
            Map.entry(CSV_PARSER + "bench/utf8.csv", "rows=2 c=ʤ"),
            Map.entry(CSV_PARSER + "bench/utf16.csv", "rows=2 c=ʤ"),
            Map.entry(CSV_PARSER + "bench/utf16-big.csv", "rows=2 c=ʤ"),
            Map.entry(CSV_PARSER + "bench/latin.csv", "rows=2 c=©"),
            Map.entry(CSV_PARSER + "bench/mac-newlines.csv", "rows=2 b=5"),
            Map.entry(CSV_PARSER + "basic.csv", "rows=1"),
            Map.entry(CSV_PARSER + "comma-in-quote.csv", "rows=1 city=Anytown, WW"),
            Map.entry(CSV_PARSER + "escape-quotes.csv", "rows=3 b=ha \"ha\" ha"),
            Map.entry(CSV_PARSER + "newlines.csv", "rows=3 b=5"),
            Map.entry(CSV_PARSER + "quotes+newlines.csv", "rows=3 b=4"),
            Map.entry(CSV_PARSER + "strict-false-less-columns.csv", "rows=3"),
            // csv-parser in strict mode refuses row 4 (4 cells under 3 headers); we refuse surplus cells always
            Map.entry(CSV_PARSER + "strict.csv", "refused=4:4"),
            Map.entry(CSV_PARSER + "strict-false-more-columns.csv", "refused=3:4"),
            // backslash-escaped quotes are not CSV: the text after the first closing quote is refused where it is
            Map.entry(CSV_PARSER + "option-escape.csv", "refused=2:2"));

    private static final Pattern ONE_LINE = Pattern.compile("[^\\r\\n]+\\R?");

    @TempDir
    Path workspace;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(workspace);
    }

    static Stream<String> fixtures() throws IOException {
        String root = System.getProperty("verbatim.shared.data", "../shared/data");
        Stream<String> all = Stream.empty();
        for (String suite : new String[] {CSVLINT, CSV_PARSER}) {
            Path folder = Path.of(root).resolve(suite);
            if (!Files.isDirectory(folder)) {
                all = Stream.concat(all, Stream.of(suite + "(absent)"));
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                var listed = files.filter(Files::isRegularFile)
                        .map(f -> suite + folder.relativize(f).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
                all = Stream.concat(all, listed.stream());
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isImportedWholeOrRefusedWithOneLine(String fixture) throws IOException {
        Path file = SharedData.require(fixture);
        CliRun.Result result = cli.run("import", file.toString(), "--dataset", "fixture", "--format", "json");
        String expected = EXPECTED.getOrDefault(fixture, "");

        if (result.code() == 0) {
            assertThat(expected).as(result.out()).doesNotStartWith("refused");
            JsonNode imported = new ObjectMapper().readTree(result.out());
            assertWhole(imported.get(0).get("rows").asLong(), expected);
        } else {
            String name = file.getFileName().toString();
            assertThat(result.err())
                    .as("refused on one line, naming the file")
                    .matches(ONE_LINE)
                    .startsWith(name + ":")
                    .doesNotContain("internal error")
                    .doesNotContain("Exception");
            assertThat(WorkspaceSnapshot.of(workspace))
                    .as("nothing left behind")
                    .isEmpty();
            if (expected.startsWith("refused=file")) {
                assertThat(result.err()).startsWith(name + ": ");
            } else if (expected.startsWith("refused=")) {
                assertThat(result.err()).startsWith(name + ":" + expected.substring("refused=".length()) + ": ");
            } else {
                assertThat(expected).as("expected to import: " + result.err()).isEmpty();
            }
        }
    }

    /** The dataset is complete: every column reads back with the row count, and the expected cell is there. */
    private void assertWhole(long rows, String expected) {
        try (Workspace opened = Workspace.open(workspace)) {
            assertThat(opened.datasets().datasets()).extracting(Dataset::name).containsExactly("fixture");
            Dataset dataset = opened.datasets().dataset("fixture").orElseThrow();
            assertThat(dataset.rows()).isEqualTo(rows);
            for (Column column : dataset.columns()) {
                assertThat(opened.datasets().readColumn(dataset, column)).hasSize((int) rows);
            }
            if (expected.isEmpty()) {
                return;
            }
            String[] parts = expected.split(" ", 2);
            assertThat(rows).isEqualTo(Long.parseLong(parts[0].substring("rows=".length())));
            if (parts.length == 2) {
                String key = parts[1].substring(0, parts[1].indexOf('='));
                String value = parts[1].substring(parts[1].indexOf('=') + 1);
                Column column = dataset.column(key)
                        .orElseThrow(() -> new AssertionError("no column " + key + " in "
                                + dataset.columns().stream().map(Column::key).toList()));
                assertThat(Arrays.asList(opened.datasets().readColumn(dataset, column)))
                        .contains(value);
            }
        }
    }
}
