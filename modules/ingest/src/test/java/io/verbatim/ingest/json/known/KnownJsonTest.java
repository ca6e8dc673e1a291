package io.verbatim.ingest.json.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.source.CsvRowSource;
import io.verbatim.ingest.source.RowSourceFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KnownJsonTest {

    private static final String DEFINITION = "{\"result\":{\"id\":\"SV_3gbwq8aJgqPwQDP\",\"name\":\"Beskar Armor\","
            + "\"ownerId\":\"UR_1\",\"isActive\":true,\"questions\":{\"QID1\":{\"questionText\":\"How satisfied?\"}}},"
            + "\"meta\":{\"httpStatus\":\"200 - OK\"}}";

    @TempDir
    Path folder;

    @Test
    void aPlainQualtricsSurveyDefinitionIsRefusedAsSuchInsteadOfReadAsATable() throws IOException {
        Path file = write("SV_3gbwq8aJgqPwQDP.json", DEFINITION);

        assertThatThrownBy(() -> new RowSourceFactory().open(file))
                .isInstanceOf(ImportException.class)
                .hasMessage("SV_3gbwq8aJgqPwQDP.json:1:1: is a Qualtrics survey definition (the questions, no"
                        + " responses); export the responses from Data & Analysis as CSV and import that file");
    }

    @Test
    void aBase64SurveyDefinitionWrappedInLinesIsRefusedFromItsHeadEvenWhenLarge() throws IOException {
        String padding = ",\"blocks\":\"" + "x".repeat(300_000) + "\"}";
        String json = DEFINITION.substring(0, DEFINITION.length() - 1) + padding;
        String wrapped = Base64.getMimeEncoder(80, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
        Path file = write("SV_3FdDswpcO88rSxE.json", wrapped);

        assertThat(wrapped).startsWith("eyJyZXN1bHQiOnsi");
        assertThatThrownBy(() -> new RowSourceFactory().open(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(":1:1: is a base64-encoded Qualtrics survey definition (the questions, no"
                        + " responses); export the responses from Data & Analysis as CSV");
    }

    @Test
    void aBase64SurveyDefinitionOnOneLineAndAQsfFileAreRecognisedToo() throws IOException {
        Path oneLine =
                write("one.json", Base64.getEncoder().encodeToString(DEFINITION.getBytes(StandardCharsets.UTF_8)));
        Path qsf = write(
                "survey.qsf", "{\"SurveyEntry\":{\"SurveyID\":\"SV_1\",\"SurveyName\":\"NPS\"},\"SurveyElements\":[]}");

        assertThat(KnownJson.whatIs(oneLine))
                .hasValueSatisfying(r -> assertThat(r).startsWith("is a base64-encoded Qualtrics survey definition"));
        assertThat(KnownJson.whatIs(qsf))
                .hasValueSatisfying(r -> assertThat(r).startsWith("is a Qualtrics survey definition"));
    }

    static Stream<Arguments> namedJson() {
        return Stream.of(
                arguments(
                        "{\"results\":[{\"id\":\"1\",\"preview\":\"hi\",\"type\":\"chat\","
                                + "\"url\":\"https://www.chat.zendesk.com/api/v2/chats/1\"}],\"count\":1}",
                        "is a Zendesk Chat search result"),
                arguments(
                        "{\"events\":[{\"id\":\"e1\",\"type\":\"add_to_cart\",\"source\":\"shopify\","
                                + "\"user_id\":\"u1\",\"properties\":{}}],\"links\":null}",
                        "is a list of Zendesk user events"),
                arguments(
                        "{\"data\":[{\"id\":\"e1\",\"type\":\"login\",\"source\":\"web\",\"user_id\":\"u1\","
                                + "\"received_at\":\"2019-03-06T02:34:22Z\"}]}",
                        "is a list of Zendesk user events"),
                arguments(
                        "{\"data\":[{\"type\":\"account\",\"id\":\"915a\",\"attributes\":{}}],\"links\":{}}",
                        "is a list of Zendesk Sunshine custom object records (\"account\""),
                arguments(
                        "{\"data\":[{\"id\":\"5f0e\",\"relationship_type\":\"ticket_to_account\","
                                + "\"source\":\"915a\",\"target\":\"zen:ticket:31\"}]}",
                        "is a list of Zendesk Sunshine relationship records"),
                arguments(
                        "[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"at\",\"type\":\"timestamp\"}]",
                        "is a list of column definitions"),
                arguments(
                        "{\"ok\":{\"statusCode\":200,\"body\":{}},\"fail\":{\"statusCode\":401}}",
                        "is a set of recorded HTTP responses"),
                arguments(
                        "{\"error\":\"RecordNotFound\",\"description\":\"Not found\"}",
                        "is an API error response (\"error\": \"RecordNotFound\")"),
                arguments(
                        "{\"error_target\":[{\"id\":2}],\"count\":1,\"next_page\":null,\"end_time\":1550645510}",
                        "is a page of an API export whose records sit under \"error_target\""),
                arguments(
                        "{\"allRight\":{\"boolean\":true},\"allWrong\":{\"boolean\":null},\"allMissing\":{}}",
                        "holds named objects but no list of records"),
                arguments(
                        "{\"responses\":[{\"responseId\":\"R_1\",\"values\":{\"QID1\":5},\"labels\":{}}]}",
                        "is a Qualtrics response export in JSON"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("namedJson")
    void jsonThatIsNotAnExportIsNamed(String content, String reason) throws IOException {
        Path file = write("file.json", content);

        assertThat(KnownJson.whatIs(file)).hasValueSatisfying(r -> assertThat(r).startsWith(reason));
        assertThatThrownBy(() -> new RowSourceFactory().open(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("file.json:1:1: " + reason);
    }

    @Test
    void unknownJsonKeepsTheGenericRefusalAndTablesStayTables() throws IOException {
        Path unknown = write("events.json", "{\"user_events\": [], \"note\": \"x\"}");
        Path lettersHeader = write("comments.csv", "CustomerFeedbackComment\nGreat service\nToo slow\n");
        Path base64Text = write("notes.txt", Base64.getEncoder().encodeToString("plain words, not JSON".getBytes()));

        assertThat(KnownJson.whatIs(unknown)).isEmpty();
        assertThatThrownBy(() -> new RowSourceFactory().open(unknown))
                .hasMessageStartingWith("events.json:1:1: is a JSON file, not a table");
        assertThat(new RowSourceFactory().open(lettersHeader)).isInstanceOf(CsvRowSource.class);
        assertThat(new RowSourceFactory().open(base64Text)).isInstanceOf(CsvRowSource.class);
    }

    @Test
    void anEmptyFileIsStillReportedAsEmpty() throws IOException {
        Path empty = write("duplicate_user.json", "");

        assertThat(KnownJson.whatIs(empty)).isEmpty();
        assertThatThrownBy(() -> new RowSourceFactory().open(empty)).hasMessageEndingWith("the file is empty");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
