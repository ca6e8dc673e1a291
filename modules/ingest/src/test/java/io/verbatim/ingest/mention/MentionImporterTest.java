package io.verbatim.ingest.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.TestFiles;
import io.verbatim.ingest.ticket.TicketImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionImporterTest {

    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?)?";

    private final MentionImporter importer = new MentionImporter();
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    private ImportResult importFile(Path file) {
        return importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());
    }

    private String[] cells(ImportResult result, MentionField field) {
        Column column = result.dataset().column(field.key()).orElseThrow();
        return repository.readColumn(result.dataset(), column);
    }

    @ParameterizedTest(name = "{0} is recognised as mentions in the {1} layout with the tool''s sentiment kept")
    @CsvSource(
            textBlock =
                    """
            mentions/youscan_mentions.csv,    youscan,    6, Sentiment
            mentions/brand24_mentions.csv,    brand24,    5, Sentiment
            mentions/brandwatch_mentions.csv, brandwatch, 5, Sentiment
            mentions/talkwalker_mentions.csv, talkwalker, 5, sentiment
            mentions/medialogia_ru.csv,       medialogia, 5, Тональность
            """)
    void eachMonitoringToolLayoutIsRecognisedAndLoadedWithCanonicalColumns(
            String resource, String layout, long rows, String sentimentHeader) {
        Path file = TestFiles.resource(resource);

        assertThat(importer.recognise(file)).isBetween(80, 95);
        assertThat(new TicketImporter().recognise(file)).isZero();
        ImportResult result = importFile(file);

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.MENTIONS);
        assertThat(result.dataset().layout()).isEqualTo(layout);
        assertThat(result.rowsLoaded()).isEqualTo(rows);
        assertThat(result.dataset().column("tool_sentiment").orElseThrow().label())
                .isEqualTo(sentimentHeader);
        assertThat(cells(result, MentionField.TOOL_SENTIMENT)).doesNotContain("");
        assertThat(cells(result, MentionField.PUBLISHED_AT)).allMatch(c -> c.matches(ISO));
        assertThat(cells(result, MentionField.TEXT)).doesNotContain("");
        assertThat(cells(result, MentionField.URL)).allMatch(c -> c.startsWith("https://"));
        assertThat(result.dataset().column("reach").orElseThrow().type()).isEqualTo(ValueType.NUMBER);
        assertThat(cells(result, MentionField.REACH)).allMatch(c -> c.matches("\\d+(\\.\\d+)?"));
    }

    @Test
    void youScanAudienceWithSpacesBecomesAPlainNumber() {
        ImportResult result = importFile(TestFiles.resource("mentions/youscan_mentions.csv"));

        assertThat(cells(result, MentionField.REACH)[0]).isEqualTo("12540");
        assertThat(cells(result, MentionField.ENGAGEMENT)[5]).isEqualTo("4812");
        assertThat(cells(result, MentionField.PUBLISHED_AT)[1]).isEqualTo("2024-03-04T11:02:31");
        assertThat(cells(result, MentionField.PLATFORM)[0]).isEqualTo("Social network");
        assertThat(result.dataset().column("Post type")).isPresent();
    }

    @Test
    void brandwatchPrefersTheFullTextOverTheSnippetAndKeepsTheQueryAsBrand() {
        ImportResult result = importFile(TestFiles.resource("mentions/brandwatch_mentions.csv"));

        assertThat(cells(result, MentionField.TEXT)[0]).isEqualTo("Their oat latte is the best in town, no contest");
        assertThat(cells(result, MentionField.BRAND)[0]).isEqualTo("Coffee brand EN+RU");
        assertThat(cells(result, MentionField.PUBLISHED_AT)[0]).isEqualTo("2024-03-04T09:15:00");
        assertThat(result.dataset().column("Snippet")).isPresent();
    }

    @Test
    void talkwalkerOffsetsAreKept() {
        ImportResult result = importFile(TestFiles.resource("mentions/talkwalker_mentions.csv"));

        assertThat(cells(result, MentionField.PUBLISHED_AT)[3]).isEqualTo("2024-03-06T10:55:00+03:00");
        assertThat(cells(result, MentionField.AUTHOR)[0]).isEqualTo("anna_travels");
        assertThat(cells(result, MentionField.SOURCE)[0]).isEqualTo("https://www.instagram.com");
    }

    @Test
    void medialogiaRussianNumbersAndDashesAreRead() {
        ImportResult result = importFile(TestFiles.resource("mentions/medialogia_ru.csv"));

        assertThat(cells(result, MentionField.REACH)[0]).isEqualTo("1200000");
        assertThat(cells(result, MentionField.ENGAGEMENT)[4]).isEmpty();
        assertThat(cells(result, MentionField.SOURCE)[0]).isEqualTo("РИА Новости");
        assertThat(cells(result, MentionField.TEXT)[3]).contains("; лидеры");
        assertThat(cells(result, MentionField.PUBLISHED_AT)[2]).isEqualTo("2024-03-05T07:30:00");
    }
}
