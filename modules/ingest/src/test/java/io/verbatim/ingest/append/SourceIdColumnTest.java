package io.verbatim.ingest.append;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.ingest.ImportException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which column identifies a row of a dataset a wave is appended to. */
class SourceIdColumnTest {

    private static final Path FILE = Path.of("wave2.csv");

    @ParameterizedTest(name = "{0} columns {1} are identified by {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            SURVEY   | StartDate,ResponseId,Q1                  | ResponseId
            SURVEY   | V1:ResponseID,V2:ResponseSet,Q1          | V1
            SURVEY   | Respondent ID,Collector ID,Q1            | Respondent ID
            SURVEY   | Отметка времени,ИД,Оценка                | ИД
            SURVEY   | email,id,respondent_id                   | respondent_id
            TICKETS  | subject,id,created_at                    | id
            MENTIONS | text,url,id                              | id
            MENTIONS | text,url,published_at                    | url
            """)
    void theSourcesIdIsFoundByKindAndName(DatasetKind kind, String headers, String expected) {
        Dataset target = dataset(kind, headers);

        assertThat(SourceIdColumn.choose(target, draft(kind, headers), null, FILE))
                .contains(expected);
    }

    @Test
    void aSurveyWithoutAnIdColumnIsComparedByWholeRows() {
        String headers = "Timestamp,Region,Score";

        assertThat(SourceIdColumn.choose(
                        dataset(DatasetKind.SURVEY, headers), draft(DatasetKind.SURVEY, headers), null, FILE))
                .isEmpty();
    }

    @Test
    void aNamedColumnWinsAndIsFoundByLabel() {
        String headers = "ResponseId,Q7:E-mail address";

        assertThat(SourceIdColumn.choose(
                        dataset(DatasetKind.SURVEY, headers),
                        draft(DatasetKind.SURVEY, headers),
                        "e-mail address",
                        FILE))
                .contains("Q7");
    }

    @Test
    void aNamedColumnTheDatasetLacksIsRefusedInOneLine() {
        String headers = "ResponseId,Q1";

        assertThatThrownBy(() -> SourceIdColumn.choose(
                        dataset(DatasetKind.SURVEY, headers), draft(DatasetKind.SURVEY, headers), "Email", FILE))
                .isInstanceOf(ImportException.class)
                .hasMessage("wave2.csv: --id-column Email: dataset 'd' has no such column; name one of its columns"
                        + " (see 'verbatim datasets')");
    }

    @Test
    void aWaveWithoutTheDatasetsIdColumnIsRefusedSayingWhatToDo() {
        assertThatThrownBy(() -> SourceIdColumn.choose(
                        dataset(DatasetKind.TICKETS, "id,subject"),
                        draft(DatasetKind.TICKETS, "subject,status"),
                        null,
                        FILE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("the file has no column 'id'")
                .hasMessageContaining("--id-column COL");
    }

    /** Columns from "key" or "key:label" names, comma-separated. */
    private static List<Column> columns(String headers) {
        List<Column> columns = new ArrayList<>();
        for (String header : headers.split(",")) {
            String[] parts = header.strip().split(":", 2);
            columns.add(new Column(columns.size(), parts[0], parts[parts.length - 1], ValueType.TEXT, null));
        }
        return columns;
    }

    private static Dataset dataset(DatasetKind kind, String headers) {
        return new Dataset(1, "d", kind, 10, columns(headers), "generic", "wave1.csv", Instant.EPOCH);
    }

    private static DatasetDraft draft(DatasetKind kind, String headers) {
        return new DatasetDraft("d", kind, columns(headers), "generic", FILE.toString());
    }
}
