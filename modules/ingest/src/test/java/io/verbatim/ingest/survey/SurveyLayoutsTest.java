package io.verbatim.ingest.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every real export sample is recognised as the layout its tool wrote, with the right keys and labels. */
class SurveyLayoutsTest {

    private final SurveyImporter importer = new SurveyImporter();

    private ImportPreview preview(Path file) {
        return importer.preview(file, ImportOptions.defaults(), 100);
    }

    private static Column column(ImportPreview preview, String key) {
        return preview.columns().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            qualtrics/sample.csv,                       qualtrics,        1, 0
            qualtrics/sample_legacy.csv,                qualtrics-legacy, 1, 0
            qualtrics/Beskar Armor.csv,                 qualtrics,        27, 17
            qualtrics/Beskar Armor.custom_columns.csv,  qualtrics,        15, 0
            qualtrics/Beskar Armor.exclude_all.csv,     qualtrics,        15, 0
            """)
    void qualtricsSamplesAreRecognised(String resource, String layout, int rows, int excluded) {
        ImportPreview preview = preview(TestFiles.resource(resource));
        assertThat(preview.layout()).isEqualTo(layout);
        assertThat(preview.rows()).hasSize(rows);
        assertThat(preview.excludedRows()).isEqualTo(excluded);
    }

    @Test
    void qualtricsKeysAreShortAndLabelsAreTheQuestionText() {
        ImportPreview preview = preview(TestFiles.resource("qualtrics/sample.csv"));
        assertThat(preview.columns())
                .extracting(Column::key)
                .startsWith("StartDate", "EndDate", "Status")
                .contains("ResponseId", "Q1", "Q2", "Q2 - Topics");
        assertThat(column(preview, "Q1").label()).isEqualTo("This is a multiple choice question.");
        assertThat(column(preview, "StartDate").type()).isEqualTo(ValueType.DATETIME);
        assertThat(preview.rows().getFirst().getFirst()).isEqualTo("2017-07-18T08:28:09");
        assertThat(preview.columns()).allMatch(c -> c.question() == null);
    }

    @Test
    void legacyQualtricsKeysReplaceVNumbersWithTheirNames() {
        ImportPreview preview = preview(TestFiles.resource("qualtrics/sample_legacy.csv"));
        assertThat(preview.columns())
                .extracting(Column::key)
                .startsWith("ResponseID", "ResponseSet", "Name")
                .contains("Status", "StartDate", "Q1", "Q2", "LocationLatitude", "column_16");
        assertThat(preview.rows().getFirst().getFirst()).isEqualTo("R_2YPOQ602ER1jkf1");
    }

    @Test
    void beskarQ16IsCsatOnAFivePointLabelledScale() {
        ImportPreview preview = preview(TestFiles.resource("qualtrics/Beskar Armor.csv"));
        Column q16 = column(preview, "Q16");
        assertThat(q16.label()).isEqualTo("Overall, how satisfied are you with your beskar armor?");
        assertThat(q16.hasRole(MetricRole.CSAT)).isTrue();
        assertThat(q16.question().scale().min()).isEqualTo(1);
        assertThat(q16.question().scale().max()).isEqualTo(5);
        assertThat(q16.question().scale().codeOf("Somewhat satisfied")).hasValue(4);
        assertThat(q16.question().scale().codeOf("Extremely dissatisfied")).hasValue(1);
        assertThat(q16.question().scale().codeOf("Neither satisfied nor dissatisfied"))
                .hasValue(3);
        assertThat(column(preview, "Status").question()).isNull();
        assertThat(column(preview, "Q17").question()).isNull();
    }

    @Test
    void surveyMonkeyExportIsRecognisedWithMultiColumnQuestionKeys() {
        Path dir = TestFiles.sharedData().resolve("exports/surveymonkey");
        Assumptions.assumeTrue(Files.exists(dir), "shared/data/exports/surveymonkey absent: skipped");
        Path file = dir.resolve("2022_anc_surveymonkey_export.redacted.csv");

        ImportPreview preview = preview(file);

        assertThat(preview.layout()).isEqualTo("surveymonkey");
        assertThat(preview.rows()).hasSize(35);
        List<String> keys = preview.columns().stream().map(Column::key).toList();
        assertThat(keys)
                .startsWith("Respondent ID", "Collector ID", "Start Date")
                .contains(
                        "Contact information - Name",
                        "Contact information - Email",
                        "Should apartments be legal to build District-wide?");
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(column(preview, "Start Date").type()).isEqualTo(ValueType.DATETIME);
        assertThat(preview.rows().getFirst().get(2)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    }
}
