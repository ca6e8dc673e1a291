package io.verbatim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeachCommandTest {

    private static final String CORRECTIONS =
            """
            text,label
            Выкатили новую фичу,negative
            Фича снова в приложении,negative
            Про фичу написали в рассылке,negative
            Фичу включили всем клиентам,negative
            Зашёл посмотреть на эту фичу,negative
            Фичи теперь в главном меню,negative
            """;

    @TempDir
    Path dir;

    @Test
    void aSavedWorkspaceModelAndInMemoryCorrectionsClassifyAlike() throws IOException {
        Path corrections = dir.resolve("corrections.csv");
        Files.writeString(corrections, CORRECTIONS);
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "text\nВ приложении появилась фича\nНам показали фичу на вебинаре\n");
        Path model = dir.resolve("model");

        TextRun.Result taught =
                TextRun.run("text", "teach", "--corrections", corrections.toString(), "--out", model.toString());
        assertThat(taught.code()).as(taught.err()).isZero();
        assertThat(taught.out()).contains("6 Russian and 0 English corrections");
        assertThat(model.resolve("sentiment-ru.bin")).exists();

        Path shipped = dir.resolve("shipped.csv");
        Path workspace = dir.resolve("workspace.csv");
        Path inMemory = dir.resolve("memory.csv");
        assertThat(run(in, shipped)).isZero();
        assertThat(run(in, workspace, "--model", model.toString())).isZero();
        assertThat(run(in, inMemory, "--corrections", corrections.toString())).isZero();
        assertThat(column(shipped, 2)).doesNotContain("negative", "negative");
        assertThat(column(workspace, 2)).containsExactly("negative", "negative");
        assertThat(Files.readString(inMemory)).isEqualTo(Files.readString(workspace));
    }

    @Test
    void aBadCorrectionsFileIsOneLine() throws IOException {
        Path corrections = dir.resolve("bad.csv");
        Files.writeString(corrections, "text,label\nфича,terrible\n");
        TextRun.Result result = TextRun.run(
                "text",
                "teach",
                "--corrections",
                corrections.toString(),
                "--out",
                dir.resolve("model").toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo(corrections + ":2: unknown sentiment 'terrible'; use positive, neutral or negative");
    }

    private static int run(Path in, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(
                List.of("text", "sentiment", "--in", in.toString(), "--column", "text", "--out", out.toString()));
        args.addAll(List.of(more));
        return TextRun.run(args.toArray(String[]::new)).code();
    }

    private static List<String> column(Path file, int index) throws IOException {
        try (CsvReader<CsvRecord> csv =
                CsvReader.builder().detectBomHeader(true).ofCsvRecord(file)) {
            return csv.stream().skip(1).map(r -> r.getField(index)).toList();
        }
    }
}
