package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.ImportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonIsNotATableTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"user_events\": []}",
                "  \n{\"a\": 1}",
                "[{\"id\": 1}]",
                "[\n  \"x\", \"y\"]",
                "[]",
                "[[1, 2]]"
            })
    void jsonIsRefusedWithAPointerToTheJsonExportsWeRead(String content) throws IOException {
        Path file = Files.writeString(folder.resolve("events.json"), content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new RowSourceFactory().open(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("events.json:1:1: is a JSON file, not a table");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            id,name
            [id],[name]
            [Q1] How likely,region
            """)
    void tablesWhoseHeadersUseBracketsAreStillTables(String header) throws IOException {
        Path file = Files.writeString(folder.resolve("t.csv"), header + "\n1,2\n", StandardCharsets.UTF_8);
        assertThat(new RowSourceFactory().open(file)).isInstanceOf(CsvRowSource.class);
    }
}
