package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim text mask}: named columns masked, every column kept, counts per kind, encodings, user errors. */
class TextMaskCommandTest {

    @TempDir
    Path dir;

    private CliRun cli() {
        return new CliRun(dir.resolve("workspace"));
    }

    @Test
    void masksTheNamedColumnsKeepsTheOthersAndCountsPerKind() throws IOException {
        Path in = dir.resolve("tickets.csv");
        Files.writeString(
                in,
                "\uFEFFid;comment;agent\n"
                        + "1;\"Звоните +7 (916) 123-45-67, спросите Ивана Петрова\";Анна\n"
                        + "2;Заказ 123456789012 на 1 234,56 ₽ не пришёл;Олег\n"
                        + "3;\"card 4111 1111 1111 1111; mail j.smith@example.org\";John\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("masked.csv");

        JsonNode json =
                cli().json("text", "mask", "--in", in.toString(), "--column", "comment", "--out", out.toString());

        assertThat(json.get("rows").asLong()).isEqualTo(3);
        assertThat(json.get("rows_changed").asLong()).isEqualTo(2);
        assertThat(json.get("masked").get("phone").asLong()).isEqualTo(1);
        assertThat(json.get("masked").get("name").asLong()).isEqualTo(1);
        assertThat(json.get("masked").get("card").asLong()).isEqualTo(1);
        assertThat(json.get("masked").get("email").asLong()).isEqualTo(1);
        assertThat(Files.readString(out, StandardCharsets.UTF_8).replace("\r\n", "\n"))
                .isEqualTo("\uFEFFid;comment;agent\n"
                        + "1;Звоните [phone], спросите [name];Анна\n"
                        + "2;Заказ 123456789012 на 1 234,56 ₽ не пришёл;Олег\n"
                        + "3;\"card [card]; mail [email]\";John\n");
    }

    @Test
    void readsWindows1251AndMasksOnlyTheChosenKindsInSeveralColumns() throws IOException {
        Path in = dir.resolve("survey.csv");
        Files.writeString(
                in,
                "id,comment,note\n1,Спасибо Саше! Мой номер 8-916-123-45-67,Лена 89161234567\n",
                Charset.forName("windows-1251"));
        Path out = dir.resolve("masked.csv");

        CliRun.Result result = cli().run(
                        "text",
                        "mask",
                        "--in",
                        in.toString(),
                        "--column",
                        "comment,note",
                        "--out",
                        out.toString(),
                        "--kinds",
                        "phone");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 rows, 1 with personal data").containsPattern("phone\\s+2");
        assertThat(Files.readString(out, StandardCharsets.UTF_8).replace("\r\n", "\n"))
                .isEqualTo("id,comment,note\n1,Спасибо Саше! Мой номер [phone],Лена [phone]\n");
    }

    @Test
    void anUnknownColumnOrKindIsOneLineNamingWhatThereIs() throws IOException {
        Path in = dir.resolve("a.csv");
        Files.writeString(in, "id,text\n1,hello\n", StandardCharsets.UTF_8);
        String out = dir.resolve("o.csv").toString();

        CliRun.Result column = cli().run("text", "mask", "--in", in.toString(), "--column", "comment", "--out", out);
        assertThat(column.code()).isEqualTo(1);
        assertThat(column.err().strip()).isEqualTo(in + " has no column 'comment'; its columns are id, text");

        CliRun.Result kind =
                cli().run("text", "mask", "--in", in.toString(), "--column", "text", "--out", out, "--kinds", "ssn");
        assertThat(kind.code()).isEqualTo(1);
        assertThat(kind.err().strip()).isEqualTo("--kinds: unknown PII kind 'ssn'; use email, phone, card or name");

        CliRun.Result missing =
                cli().run("text", "mask", "--in", dir.resolve("none.csv").toString(), "--column", "t", "--out", out);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("none.csv: no such file").doesNotContain("Exception");
    }
}
