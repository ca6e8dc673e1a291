package io.verbatim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bench text-sentiment} on a few thousand real texts (skipped without ../shared/data). */
class SentimentBenchTest {

    @Test
    void timesTheSentimentPathAndReportsTextsPerSecond() throws IOException {
        Path text = Path.of(System.getProperty("verbatim.shared.data", "../shared/data"))
                .resolve("text");
        assumeTrue(Files.isDirectory(text.resolve("sentiment")), text + "/sentiment is absent: skipped");
        TextRun.Result result = TextRun.run(
                "bench",
                "text-sentiment",
                "--texts",
                "3000",
                "--runs",
                "2",
                "--data",
                text.toString(),
                "--format",
                "json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("texts").asInt()).isEqualTo(3000);
        assertThat(json.get("textsPerSecondRuns")).hasSize(2);
        assertThat(json.get("textsPerSecondMedian").asDouble()).isPositive();
    }

    @Test
    void aMissingDataFolderIsOneLine(@org.junit.jupiter.api.io.TempDir Path dir) {
        TextRun.Result result = TextRun.run("bench", "text-sentiment", "--texts", "10", "--data", dir.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo(dir + ": no sentiment/ folder; pass the shared data's text folder with --data");
    }
}
