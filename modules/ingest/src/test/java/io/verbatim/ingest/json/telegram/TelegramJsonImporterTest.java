package io.verbatim.ingest.json.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.TestFiles;
import io.verbatim.ingest.json.ImportedRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramJsonImporterTest {

    private static final String CHANNEL = "Клиентский опыт | новости";

    private final TelegramJsonImporter importer = new TelegramJsonImporter();
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    @TempDir
    Path scratch;

    private Map<String, Map<String, String>> importRows(Path file) {
        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());
        return ImportedRows.byKey(ImportedRows.of(repository, result.dataset()), MentionField.ID.key());
    }

    @Test
    void aChannelExportBecomesAMentionsDatasetNamedAfterTheChannel() {
        ImportResult result = importer.importFile(
                TestFiles.resource("telegram/result.json"), ImportOptions.defaults(), repository, JobContext.none());

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.MENTIONS);
        assertThat(result.dataset().layout()).isEqualTo("telegram-json");
        assertThat(result.dataset().name()).isEqualTo(CHANNEL);
        assertThat(result.dataset().columns().stream().map(Column::key))
                .containsAll(Arrays.stream(new MentionField[] {
                            MentionField.ID, MentionField.PUBLISHED_AT, MentionField.SOURCE,
                            MentionField.PLATFORM, MentionField.AUTHOR, MentionField.TEXT,
                            MentionField.URL, MentionField.ENGAGEMENT, MentionField.REACH
                        })
                        .map(MentionField::key)
                        .toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void serviceMessagesAreSkippedAndCounted() {
        ImportResult result = importer.importFile(
                TestFiles.resource("telegram/result.json"), ImportOptions.defaults(), repository, JobContext.none());

        assertThat(result.rowsLoaded()).isEqualTo(4);
        assertThat(result.rowsExcluded()).isEqualTo(2);
        assertThat(ImportedRows.byKey(ImportedRows.of(repository, result.dataset()), "id"))
                .containsOnlyKeys("2", "3", "5", "6");
    }

    @Test
    void textArraysWithLinksMentionsAndFormattingAreFlattenedToWhatAReaderSees() {
        Map<String, Map<String, String>> rows = importRows(TestFiles.resource("telegram/result.json"));

        assertThat(rows.get("2").get("text"))
                .isEqualTo("Банк «Пример» снова не отвечает в чате поддержки больше часа. Кто ещё столкнулся?");
        assertThat(rows.get("3").get("text"))
                .isEqualTo("Разбор NPS операторов связи за февраль: https://example.ru/nps-feb — подробности у "
                        + "@cx_analyst. Главное: ожидание ответа выросло вдвое.");
        assertThat(rows.get("5").get("text"))
                .isEqualTo("Опрос покупателей: 62% готовы уйти к конкуренту после одного плохого звонка.");
        assertThat(rows.get("6").get("text")).isEmpty();
    }

    @Test
    void engagementIsTheSumOfReactionCountsAndBlankWithoutReactions() {
        Map<String, Map<String, String>> rows = importRows(TestFiles.resource("telegram/result.json"));

        assertThat(rows.get("2").get("engagement")).isEqualTo("15");
        assertThat(rows.get("3").get("engagement")).isEqualTo("42");
        assertThat(rows.get("5").get("engagement")).isEmpty();
    }

    @Test
    void eachMessageCarriesItsChannelPlatformAuthorAndUtcTime() {
        Map<String, String> row =
                importRows(TestFiles.resource("telegram/result.json")).get("2");

        assertThat(row)
                .containsEntry("source", CHANNEL)
                .containsEntry("platform", "telegram")
                .containsEntry("author", CHANNEL)
                .containsEntry("published_at", "2024-03-05T07:15:00Z")
                .containsEntry("date", "2024-03-05T10:15:00")
                .containsEntry("url", "")
                .containsEntry("reach", "");
        assertThat(importRows(copyWith("\"username\": \"cx_news\", \"views\": 0,", "ru.json"))
                        .get("3"))
                .containsEntry("url", "https://t.me/cx_news/3")
                .containsEntry("forwarded_from", "");
    }

    @Test
    void forwardsRepliesAndViewsAreKeptInTheirOwnColumns() throws IOException {
        Path file = scratch.resolve("views.json");
        Files.writeString(
                file,
                """
                {"name": "Ch", "type": "public_channel", "id": 1, "messages": [
                  {"id": 7, "type": "message", "date": "2024-01-01T00:00:00", "from": "Ch", "views": 1520,
                   "forwarded_from": "Другой канал", "reply_to_message_id": 6, "text": "привет"}
                ]}
                """);

        Map<String, String> row = importRows(file).get("7");

        assertThat(row)
                .containsEntry("reach", "1520")
                .containsEntry("forwarded_from", "Другой канал")
                .containsEntry("reply_to_message_id", "6")
                .containsEntry("published_at", "2024-01-01T00:00:00");
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumn() throws IOException {
        Path file = scratch.resolve("result.json");
        Files.writeString(
                file, "{\"name\": \"x\",\n \"type\": \"public_channel\",\n \"messages\": [ {\"id\": 1,, } ]}");

        ImportException e = catchThrowableOfType(
                ImportException.class,
                () -> importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void thePreviewCountsTheServiceMessagesItPassedOver() {
        ImportPreview preview =
                importer.preview(TestFiles.resource("telegram/result.json"), ImportOptions.defaults(), 2);

        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.excludedRows()).isEqualTo(1);
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void telegramExportsAreRecognisedAndSurveysAndZendeskAreNot() {
        assertThat(importer.recognise(TestFiles.resource("telegram/result.json")))
                .isEqualTo(95);
        assertThat(importer.recognise(TestFiles.resource("qualtrics/sample.csv")))
                .isZero();
        assertThat(importer.recognise(TestFiles.resource("zendesk/tickets.json")))
                .isZero();
        assertThat(importer.recognise(scratch.resolve("missing.json"))).isZero();
    }

    /** The fixture with {@code extra} inserted after its opening brace, saved as {@code name}. */
    private Path copyWith(String extra, String name) {
        try {
            String json = Files.readString(TestFiles.resource("telegram/result.json"));
            return Files.writeString(scratch.resolve(name), "{" + extra + json.substring(json.indexOf('{') + 1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
