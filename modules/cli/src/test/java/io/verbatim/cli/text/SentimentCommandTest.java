package io.verbatim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentCommandTest {

    private static final String CSV =
            """
            id;Комментарий;nps;region
            1;"Спасибо, всё отлично; доставили быстро!";10;Москва
            2;"Ужасный сервис, деньги списали дважды и никто не отвечает";1;Казань
            3;"The support agent was rude and I am still waiting for my refund";2;London
            4;"Great service, thank you so much, I love it!";9;
            5;;5;Омск
            6;"Multi-line
            Отличный магазин, рекомендую";8;Тверь
            """;

    @TempDir
    Path dir;

    @Test
    void keepsEveryColumnInOrderAndAddsLanguageSentimentAndScore() throws IOException {
        Path in = write("survey.csv", CSV, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        TextRun.Result result = TextRun.run(
                "text", "sentiment", "--in", in.toString(), "--column", "Комментарий", "--out", out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("6 rows", "texts/s", "positive", "negative");
        List<CsvRecord> rows = read(out);
        assertThat(rows.getFirst().getFields())
                .containsExactly("id", "Комментарий", "nps", "region", "language", "sentiment", "sentiment_score");
        assertThat(rows).hasSize(7);
        assertThat(rows.get(1).getFields().subList(0, 4))
                .containsExactly("1", "Спасибо, всё отлично; доставили быстро!", "10", "Москва");
        assertThat(rows.get(1).getFields().subList(4, 6)).containsExactly("ru", "positive");
        assertThat(rows.get(2).getFields().subList(4, 6)).containsExactly("ru", "negative");
        assertThat(rows.get(3).getFields().subList(4, 6)).containsExactly("en", "negative");
        assertThat(rows.get(4).getFields().subList(4, 6)).containsExactly("en", "positive");
        assertThat(rows.get(4).getField(3)).isEmpty();
        assertThat(rows.get(5).getFields().subList(4, 7)).containsExactly("", "", "");
        assertThat(result.out()).contains("blank", "1");
        assertThat(rows.get(6).getField(1)).startsWith("Multi-line\n");
        for (CsvRecord row : rows.subList(1, rows.size())) {
            if (row.getField(1).isBlank()) {
                continue;
            }
            double score = Double.parseDouble(row.getField(6));
            assertThat(score).isBetween(-1.0, 1.0);
        }
    }

    @Test
    void readsWindows1251AndPrintsJson() throws IOException {
        Path in = write(
                "cp1251.csv",
                "text,n\nУжасно долго ждал ответа поддержки,1\n\"Всё хорошо, спасибо\",2\n",
                Charset.forName("windows-1251"));
        Path out = dir.resolve("out.csv");
        TextRun.Result result = TextRun.run(
                "text",
                "sentiment",
                "--in",
                in.toString(),
                "--column",
                "text",
                "--lang",
                "ru",
                "--out",
                out.toString(),
                "--format",
                "json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("rows").asInt()).isEqualTo(2);
        assertThat(json.get("encoding").asText()).isEqualTo("windows-1251");
        assertThat(json.get("sentiment").get("negative").asInt()).isEqualTo(1);
        assertThat(json.get("sentiment").get("positive").asInt()).isEqualTo(1);
        List<CsvRecord> rows = read(out);
        assertThat(rows.get(1).getField(0)).isEqualTo("Ужасно долго ждал ответа поддержки");
    }

    @Test
    void aMissingColumnNamesTheAvailableOnesOnOneLineAndWritesNothing() throws IOException {
        Path in = write("survey.csv", CSV, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        TextRun.Result result =
                TextRun.run("text", "sentiment", "--in", in.toString(), "--column", "comment", "--out", out.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo(in + ": no column 'comment'; the columns are: id, Комментарий, nps, region");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("out.csv.partial")).doesNotExist();
    }

    @Test
    void aMissingFileOrARaggedRowIsOneLine() throws IOException {
        Path out = dir.resolve("out.csv");
        TextRun.Result missing = TextRun.run(
                "text",
                "sentiment",
                "--in",
                dir.resolve("nope.csv").toString(),
                "--column",
                "text",
                "--out",
                out.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv: no such file").doesNotContain("Exception");
        TextRun.Result noFolder = TextRun.run(
                "text",
                "sentiment",
                "--in",
                write("ok.csv", "text\nfine\n", StandardCharsets.UTF_8).toString(),
                "--column",
                "text",
                "--out",
                dir.resolve("no/such/out.csv").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist").doesNotContain("internal error");
        Path ragged = write("ragged.csv", "id,text\n1,fine\n2,not, quoted\n", StandardCharsets.UTF_8);
        TextRun.Result bad = TextRun.run(
                "text", "sentiment", "--in", ragged.toString(), "--column", "text", "--out", out.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip()).startsWith(ragged + ":3: the row has 3 fields, the header 2");
        assertThat(out).doesNotExist();
    }

    @Test
    void brandAddsTheSentimentOfTheClausesNamingIt() throws IOException {
        Path in = write(
                "mentions.csv",
                """
                text
                "Доставка ужасная, но Озон вернул деньги быстро"
                "Погода сегодня отличная"
                """,
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        TextRun.Result result = TextRun.run(
                "text",
                "sentiment",
                "--in",
                in.toString(),
                "--column",
                "text",
                "--out",
                out.toString(),
                "--brand",
                "Озон,Ozon");
        assertThat(result.code()).as(result.err()).isZero();
        List<CsvRecord> rows = read(out);
        assertThat(rows.getFirst().getFields()).endsWith("brand_sentiment", "brand_sentiment_score");
        assertThat(rows.get(1).getField(4)).isEqualTo("positive");
        assertThat(rows.get(2).getField(4)).isEmpty();
        assertThat(rows.get(2).getField(5)).isEmpty();
    }

    private Path write(String name, String content, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, charset);
        return file;
    }

    private static List<CsvRecord> read(Path file) throws IOException {
        try (CsvReader<CsvRecord> csv =
                CsvReader.builder().detectBomHeader(true).ofCsvRecord(file)) {
            return csv.stream().toList();
        }
    }
}
