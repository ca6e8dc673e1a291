package io.verbatim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.verbatim.cli.VerbatimCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim text topics} end to end on a temporary CSV of Russian and English comments on three themes. */
class TopicsCommandTest {

    private static final List<String> DELIVERY = List.of(
            "Доставка опоздала на два дня, курьер не позвонил",
            "Курьер опять опоздал с доставкой",
            "Доставку перенесли, курьер так и не приехал",
            "Ужасная доставка: курьер опоздал на три часа",
            "Курьер привез заказ с опозданием, доставка медленная",
            "Почему доставка опаздывает? Курьер не отвечает",
            "Доставка задерживается, курьер потерял адрес",
            "Курьер грубый, доставка опоздала");
    private static final List<String> REFUND = List.of(
            "I still have not received my refund",
            "Where is my refund? The money was not returned",
            "Refund was promised two weeks ago, money still missing",
            "Please refund my money for the cancelled order",
            "The refund has not arrived on my account",
            "Requested a refund, no money back yet",
            "How long does a refund take to return the money?",
            "My refund was rejected, I want my money back");
    private static final List<String> APP = List.of(
            "Приложение вылетает при входе",
            "Приложение зависает и вылетает",
            "Мобильное приложение вылетает после обновления",
            "Приложение постоянно вылетает, сделайте что-нибудь",
            "После обновления приложение не запускается и вылетает",
            "Приложение вылетает при оплате",
            "Приложение вылетает на экране входа",
            "Опять вылетает приложение на телефоне");

    @TempDir
    Path dir;

    private Path in;

    @BeforeEach
    void writeInput() throws Exception {
        StringBuilder csv = new StringBuilder("id;date;comment;sentiment\n");
        int id = 1;
        for (List<String> theme : List.of(DELIVERY, REFUND, APP)) {
            for (int i = 0; i < theme.size(); i++) {
                String date = i < 4 ? "2024-01-1" + i : "05.02.2024";
                String sentiment =
                        theme == APP && i == 0 ? "positive" : theme == REFUND && i < 2 ? "neutral" : "negative";
                csv.append(id++)
                        .append(';')
                        .append(date)
                        .append(";\"")
                        .append(theme.get(i))
                        .append("\";")
                        .append(sentiment)
                        .append('\n');
            }
        }
        in = dir.resolve("comments.csv");
        Files.writeString(in, csv.toString().replace(';', ','), StandardCharsets.UTF_8);
    }

    @Test
    void keepsEveryColumnAddsTopicsAndPrintsTrendsAndSentiment() throws Exception {
        Path out = dir.resolve("out.csv");
        Run run = run(
                "text",
                "topics",
                "--in",
                in.toString(),
                "--column",
                "comment",
                "--out",
                out.toString(),
                "--date-column",
                "date",
                "--by",
                "month",
                "--sentiment-column",
                "sentiment",
                "--format",
                "json");
        assertThat(run.code()).as(run.err()).isZero();

        List<List<String>> rows = readCsv(out);
        assertThat(rows.get(0)).containsExactly("id", "date", "comment", "sentiment", "topic_id", "topic_label");
        assertThat(rows).hasSize(25);
        assertThat(rows.get(1).subList(0, 4)).containsExactly("1", "2024-01-10", DELIVERY.get(0), "negative");
        assertThat(topicIds(rows, 1, 8)).hasSize(1);
        assertThat(topicIds(rows, 9, 16)).hasSize(1);
        assertThat(topicIds(rows, 17, 24)).hasSize(1);
        assertThat(rows.get(1).get(5)).contains("доставка");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("texts").asInt()).isEqualTo(24);
        assertThat(json.get("topics")).hasSize(3);
        assertThat(json.get("k").get("chosen").asInt()).isEqualTo(3);
        JsonNode trends = json.get("trends");
        assertThat(trends.get("periods").toString()).isEqualTo("[\"2024-01\",\"2024-02\"]");
        for (JsonNode row : trends.get("rows")) {
            assertThat(row.get("counts").toString()).isEqualTo("[4,4]");
            assertThat(row.get("shares").get(0).asDouble()).isEqualTo(4.0 / 12);
        }
        int refundTopic = Integer.parseInt(rows.get(9).get(4));
        assertThat(json.get("sentiment")).hasSize(3);
        for (JsonNode row : json.get("sentiment")) {
            if (row.get("topic_id").asInt() == refundTopic) {
                assertThat(row.get("neutral").asInt()).isEqualTo(2);
                assertThat(row.get("negative").asInt()).isEqualTo(6);
                assertThat(row.get("net").asDouble()).isEqualTo(-75.0);
            }
        }
    }

    @Test
    void printsTopicsAndTablesAsText() {
        Run run = run(
                "text",
                "topics",
                "--in",
                in.toString(),
                "--column",
                "comment",
                "--out",
                dir.resolve("o.csv").toString(),
                "--date-column",
                "date",
                "--sentiment-column",
                "sentiment");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("24 texts, 3 topics")
                .contains("доставка")
                .contains("refund")
                .contains("Topic trends by month")
                .contains("2024-01")
                .contains("Topic × sentiment");
    }

    @Test
    void mergeAndSplitFromTheCommandLine() throws Exception {
        Path out = dir.resolve("merged.csv");
        Run merged = run(
                "text",
                "topics",
                "--in",
                in.toString(),
                "--column",
                "comment",
                "--out",
                out.toString(),
                "--k",
                "3",
                "--merge",
                "1,2",
                "--format",
                "json");
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(new ObjectMapper().readTree(merged.out()).get("topics")).hasSize(2);
        Run split = run(
                "text",
                "topics",
                "--in",
                in.toString(),
                "--column",
                "comment",
                "--out",
                out.toString(),
                "--k",
                "2",
                "--split",
                "1",
                "--format",
                "json");
        assertThat(split.code()).as(split.err()).isZero();
        assertThat(new ObjectMapper().readTree(split.out()).get("topics")).hasSize(3);
        Run bad = run(
                "text",
                "topics",
                "--in",
                in.toString(),
                "--column",
                "comment",
                "--out",
                out.toString(),
                "--merge",
                "1,99");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("there is no topic 99").doesNotContain("Exception");
    }

    @Test
    void savesATaxonomyAndAppliesItToAnotherFile() throws Exception {
        Path taxonomy = dir.resolve("topics.txt");
        Path first = dir.resolve("first.csv");
        Run save = run(
                "text",
                "topics",
                "--in",
                in.toString(),
                "--column",
                "comment",
                "--out",
                first.toString(),
                "--save-taxonomy",
                taxonomy.toString());
        assertThat(save.code()).as(save.err()).isZero();
        assertThat(Files.readString(taxonomy))
                .startsWith("## Verbatim taxonomy")
                .contains("any: ");

        Path other = dir.resolve("other.csv");
        Files.writeString(other, "text\n\"" + REFUND.get(3) + "\"\n\"" + DELIVERY.get(1) + "\"\nпро скидки\n");
        Path second = dir.resolve("second.csv");
        Run apply = run(
                "text",
                "topics",
                "--in",
                other.toString(),
                "--column",
                "text",
                "--out",
                second.toString(),
                "--taxonomy",
                taxonomy.toString());
        assertThat(apply.code()).as(apply.err()).isZero();
        List<List<String>> firstRows = readCsv(first);
        List<List<String>> secondRows = readCsv(second);
        assertThat(secondRows.get(1).get(1)).isEqualTo(firstRows.get(12).get(4));
        assertThat(secondRows.get(2).get(1)).isEqualTo(firstRows.get(2).get(4));
        assertThat(secondRows.get(3).subList(1, 3)).containsExactly("0", "(no topic)");
    }

    @Test
    void userErrorsEndInOneClearLine() throws Exception {
        Run missing = run(
                "text",
                "topics",
                "--in",
                in.toString(),
                "--column",
                "text",
                "--out",
                dir.resolve("o.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip())
                .contains("has no column 'text'; its columns are id, date, comment, sentiment")
                .doesNotContain("\n");
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "topic 1: A\n  any: a\n  anny: b\n");
        Run parse = run(
                "text",
                "topics",
                "--in",
                in.toString(),
                "--column",
                "comment",
                "--out",
                dir.resolve("o.csv").toString(),
                "--taxonomy",
                bad.toString());
        assertThat(parse.code()).isEqualTo(1);
        assertThat(parse.err().strip()).startsWith(bad + ":3: ").doesNotContain("\n");
    }

    @Test
    void readsWindows1251() throws Exception {
        Path cp1251 = dir.resolve("cp1251.csv");
        StringBuilder csv = new StringBuilder("текст\n");
        DELIVERY.forEach(t -> csv.append('"').append(t).append("\"\n"));
        APP.forEach(t -> csv.append('"').append(t).append("\"\n"));
        Files.write(cp1251, csv.toString().getBytes(Charset.forName("windows-1251")));
        Path out = dir.resolve("o.csv");
        Run run = run("text", "topics", "--in", cp1251.toString(), "--column", "текст", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<List<String>> rows = readCsv(out);
        assertThat(rows.get(1).get(0)).isEqualTo(DELIVERY.get(0));
        assertThat(topicIds(rows, 1, 8)).hasSize(1);
    }

    @Test
    void readsASemicolonSeparatedWindows1251ExportAsRussianExcelSavesIt() throws Exception {
        Path excel = dir.resolve("excel.csv");
        StringBuilder csv = new StringBuilder("id;текст;регион\r\n");
        int id = 1;
        for (String text : DELIVERY) {
            csv.append(id++).append(";\"").append(text).append("\";Москва\r\n");
        }
        for (String text : APP) {
            csv.append(id++).append(";\"").append(text).append("\";Казань\r\n");
        }
        Files.write(excel, csv.toString().getBytes(Charset.forName("windows-1251")));
        Path out = dir.resolve("o.csv");

        Run run = run("text", "topics", "--in", excel.toString(), "--column", "текст", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<List<String>> rows = readCsv(out);
        assertThat(rows.get(0).subList(0, 3)).containsExactly("id", "текст", "регион");
        assertThat(rows.get(1).subList(0, 3)).containsExactly("1", DELIVERY.get(0), "Москва");
        assertThat(topicIds(rows, 1, DELIVERY.size())).hasSize(1);
    }

    private static Set<String> topicIds(List<List<String>> rows, int from, int to) {
        Set<String> ids = new HashSet<>();
        for (int r = from; r <= to; r++) {
            ids.add(rows.get(r).get(rows.get(r).size() - 2));
        }
        return ids;
    }

    private static List<List<String>> readCsv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            reader.forEach(r -> rows.add(r.getFields()));
        }
        return rows;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VerbatimCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}
}
