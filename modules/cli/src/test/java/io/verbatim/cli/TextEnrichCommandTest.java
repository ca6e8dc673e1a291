package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.text.SentimentCorrection;
import io.verbatim.store.Workspace;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code text enrich} and {@code text teach --workspace} through a real H2 workspace: language and sentiment stored
 * beside a survey's comment column, used by {@code score --by}, replaced on the next run, an analyst's correction
 * winning over the model, and the workspace's own model taught from the corrections.
 */
class TextEnrichCommandTest {

    private static final String FEATURE = "Опять эта фича с подписками";

    @TempDir
    Path workspace;

    /** Adds {@code --workspace} to every command line, {@code text teach} included. */
    private CliRun cli;

    @BeforeEach
    void importFeedback() throws URISyntaxException {
        cli = new CliRun(workspace);
        Path csv = Path.of(getClass().getResource("/text/feedback.csv").toURI());
        assertThat(cli.run("import", csv.toString(), "--dataset", "fb").code()).isZero();
    }

    @Test
    void storesLanguageAndSentimentBesideTheColumnForScoresToUse() {
        JsonNode json = cli.json("text", "enrich", "--dataset", "fb", "--column", "comment");

        assertThat(json.get("texts").asInt()).isEqualTo(9);
        assertThat(json.get("columns").toString())
                .isEqualTo("[\"comment_language\",\"comment_sentiment\",\"comment_sentiment_score\"]");
        assertThat(json.get("languages").get("ru").asInt()).isEqualTo(6);
        assertThat(json.get("languages").get("en").asInt()).isEqualTo(3);
        String[] sentiment = column("comment_sentiment");
        assertThat(sentiment[0]).isEqualTo("positive");
        assertThat(sentiment[1]).isEqualTo("negative");
        assertThat(sentiment[2]).isEqualTo("positive");
        assertThat(sentiment[3]).isEqualTo("negative");
        assertThat(sentiment[4]).isEmpty();
        assertThat(sentiment[5]).isEqualTo(sentiment[0]);
        assertThat(sentiment[8]).isEqualTo("negative");
        assertThat(sentiment[9]).isEqualTo("positive");
        assertThat(Double.parseDouble(column("comment_sentiment_score")[1])).isNegative();

        CliRun.Result score = cli.run("score", "--dataset", "fb", "--metric", "nps", "--by", "comment_sentiment");
        assertThat(score.code()).as(score.err()).isZero();
        assertThat(score.out()).contains("negative").contains("positive");
    }

    @Test
    void aCorrectionWinsOverTheModelAndASecondRunReplacesTheColumns() {
        cli.json("text", "enrich", "--dataset", "fb", "--column", "comment");
        int columns = dataset().columns().size();
        try (Workspace open = Workspace.open(workspace)) {
            open.corrections()
                    .save(new SentimentCorrection(
                            FEATURE, "ru", "negative", "fb", Instant.parse("2026-12-07T10:00:00Z")));
        }

        JsonNode again = cli.json("text", "enrich", "--dataset", "fb", "--column", "comment");

        assertThat(again.get("corrected").asInt()).isEqualTo(1);
        assertThat(dataset().columns()).hasSize(columns);
        String[] sentiment = column("comment_sentiment");
        assertThat(sentiment[6]).isEqualTo("negative");
        assertThat(sentiment[7]).isEqualTo("negative");
        assertThat(column("comment_sentiment_score")[6]).isEqualTo("-1.000");
    }

    @Test
    void teachingTheWorkspaceKeepsTheFilesCorrectionsAndAModelTheNextRunUses(@TempDir Path files) throws Exception {
        Path corrections = files.resolve("corrections.csv");
        Files.writeString(corrections, "text,label\n\"" + FEATURE + "\",negative\n");

        CliRun.Result taught = cli.run("text", "teach", "--corrections", corrections.toString());

        assertThat(taught.code()).as(taught.err()).isZero();
        assertThat(workspace.resolve("models").resolve("sentiment-ru.bin")).isRegularFile();
        try (Workspace open = Workspace.open(workspace)) {
            assertThat(open.corrections().correction(FEATURE)).isPresent();
        }
        JsonNode json = cli.json("text", "enrich", "--dataset", "fb", "--column", "comment");
        assertThat(json.get("corrected").asInt()).isEqualTo(1);
        assertThat(column("comment_sentiment")[1]).isEqualTo("negative");
    }

    @Test
    void brandSentimentComesFromTheSentencesThatNameTheBrand(@TempDir Path files) throws Exception {
        Path csv = files.resolve("brand.csv");
        Files.writeString(
                csv,
                """
                id,nps,comment
                1,9,"Доставка ужасная, но Озон вернул деньги быстро, спасибо"
                2,3,"Озон опять потерял заказ, ужасный сервис"
                3,8,"Курьер молодец, всё привёз вовремя"
                """);
        assertThat(cli.run("import", csv.toString(), "--dataset", "brand").code())
                .isZero();

        JsonNode json = cli.json("text", "enrich", "--dataset", "brand", "--column", "comment", "--brand", "Озон,Ozon");

        assertThat(json.get("columns").toString()).contains("comment_brand_sentiment", "comment_brand_sentiment_score");
        String[] about = column("brand", "comment_brand_sentiment");
        assertThat(about).containsExactly("positive", "negative", "");
        assertThat(column("brand", "comment_sentiment")[2]).isEqualTo("positive");
    }

    @Test
    void anUnknownColumnIsOneLineNamingTheColumnsThereAre() {
        CliRun.Result result = cli.run("text", "enrich", "--dataset", "fb", "--column", "отзыв");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip())
                .doesNotContain("\n")
                .contains("no column 'отзыв'")
                .contains("comment");
        assertThat(cli.run("text", "teach").err()).contains("no corrections to learn from");
    }

    private Dataset dataset() {
        try (Workspace open = Workspace.open(workspace)) {
            return open.datasets().dataset("fb").orElseThrow();
        }
    }

    private String[] column(String key) {
        return column("fb", key);
    }

    private String[] column(String dataset, String key) {
        try (Workspace open = Workspace.open(workspace)) {
            Dataset data = open.datasets().dataset(dataset).orElseThrow();
            return open.datasets().readColumn(data, data.column(key).orElseThrow());
        }
    }
}
