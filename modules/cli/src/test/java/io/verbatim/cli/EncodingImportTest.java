package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 3, acceptance 5: windows-1251 and UTF-16 (little-endian with a BOM, big-endian with and without one) files
 * with Russian headers and answers import with correct text: labels, group names and scores.
 */
class EncodingImportTest {

    private static final String NPS_LABEL = "Насколько вероятно, что вы порекомендуете нас друзьям?";
    private static final String CSAT_LABEL = "Насколько вы довольны обслуживанием?";
    private static final String[] REGIONS = {"Москва", "Санкт-Петербург", "Казань", "Нижний Новгород"};
    private static final int ROWS = 120;

    @TempDir
    Path workspace;

    @TempDir
    Path scratch;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(workspace);
    }

    @ParameterizedTest(name = "{0}, BOM {1}")
    @CsvSource({"windows-1251, ''", "UTF-16LE, FFFE", "UTF-16BE, ''", "UTF-16BE, FEFF"})
    void russianHeadersAndAnswersSurviveTheEncoding(String encoding, String bom) throws IOException {
        String name = "опрос-" + encoding.toLowerCase(java.util.Locale.ROOT) + (bom.isEmpty() ? "" : "-bom");
        Path file = scratch.resolve(name + ".csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(java.util.HexFormat.of().parseHex(bom));
        bytes.writeBytes(survey().getBytes(Charset.forName(encoding)));
        Files.write(file, bytes.toByteArray());

        CliRun.Result imported = cli.run("import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        JsonNode dataset = cli.json("datasets").get(0);
        assertThat(dataset.get("name").asText()).isEqualTo(name);
        assertThat(dataset.get("rows").asLong()).isEqualTo(ROWS);
        Map<String, String> labels = new HashMap<>();
        dataset.get("questions")
                .forEach(q -> labels.put(q.get("role").asText(), q.get("label").asText()));
        assertThat(labels).containsEntry("nps", NPS_LABEL).containsEntry("csat", CSAT_LABEL);

        JsonNode score = cli.json("score", "--dataset", name, "--metric", "nps", "--by", "Регион");
        Map<String, double[]> groups = new LinkedHashMap<>();
        score.get("groups")
                .forEach(g -> groups.put(
                        g.get("group").asText(),
                        new double[] {g.get("n").asDouble(), g.get("value").asDouble()}));
        assertThat(groups).containsOnlyKeys(REGIONS);
        for (int r = 0; r < REGIONS.length; r++) {
            double[] expected = expectedNps(r);
            assertThat(groups.get(REGIONS[r])[0]).as(REGIONS[r]).isEqualTo(expected[0]);
            assertThat(groups.get(REGIONS[r])[1]).as(REGIONS[r]).isCloseTo(expected[1], within(0.01));
        }
    }

    /** Row i answers region i % 4, NPS (i * 7) % 11, CSAT 1 + i % 5, and a Russian comment with a comma. */
    private static String survey() {
        StringBuilder csv = new StringBuilder();
        csv.append("Номер,Регион,\"")
                .append(NPS_LABEL)
                .append("\",")
                .append(CSAT_LABEL)
                .append(",Комментарий\r\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(i + 1).append(',').append(REGIONS[i % REGIONS.length]).append(',');
            csv.append(nps(i))
                    .append(',')
                    .append(1 + i % 5)
                    .append(",\"Ответ №")
                    .append(i + 1);
            csv.append(", всё ясно: «ёлки-палки»\"\r\n");
        }
        return csv.toString();
    }

    private static int nps(int row) {
        return row * 7 % 11;
    }

    /** n and NPS (promoters 9–10 minus detractors 0–6, in points) of one region. */
    private static double[] expectedNps(int region) {
        int n = 0;
        int promoters = 0;
        int detractors = 0;
        for (int i = region; i < ROWS; i += REGIONS.length) {
            n++;
            promoters += nps(i) >= 9 ? 1 : 0;
            detractors += nps(i) <= 6 ? 1 : 0;
        }
        return new double[] {n, 100.0 * (promoters - detractors) / n};
    }
}
