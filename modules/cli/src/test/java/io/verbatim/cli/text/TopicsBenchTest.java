package io.verbatim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.cli.VerbatimCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code verbatim bench topics} on a few thousand real texts (skipped when {@code ../shared/data} is absent). */
class TopicsBenchTest {

    @Test
    void timesTextTopicsOnRealTextsAndReportsHeap() throws Exception {
        Path data = Path.of(System.getProperty("verbatim.shared.data", "../shared/data"), "text", "topics");
        assumeTrue(TopicDataSets.present(data), data + " is absent (shared data not beside the checkout): skipped");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VerbatimCli.run(
                new String[] {"bench", "topics", "--texts", "3000", "--data", data.toString(), "--format", "json"},
                new PrintWriter(out),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("texts").asInt()).isEqualTo(3000);
        assertThat(json.get("distinct_texts").asInt()).isGreaterThan(25_000);
        assertThat(json.get("seconds").asDouble()).isPositive();
        assertThat(json.get("peak_heap_mb").asDouble()).isPositive();
        assertThat(json.get("result").asText()).startsWith("3000 texts, ");
    }
}
