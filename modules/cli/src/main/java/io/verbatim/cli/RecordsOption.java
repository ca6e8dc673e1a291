package io.verbatim.cli;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.ingest.RecordGrain;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code import --records paragraph|document}. Only documents have a record grain to choose; for a table or a JSON
 * export the flag is refused rather than ignored, because an analyst who typed it expects the file to be split (or
 * not) and would otherwise get a dataset shaped differently from what was asked, with nothing said.
 */
final class RecordsOption {

    private RecordsOption() {}

    /**
     * @param value the flag's value, or null when it was not given
     * @param kind what the file is imported as
     * @throws UserInputException for an unknown value, or for a file that is not imported as documents
     */
    static RecordGrain grain(String value, Path file, DatasetKind kind) {
        if (value == null) {
            return RecordGrain.PARAGRAPH;
        }
        RecordGrain grain =
                switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "paragraph", "paragraphs" -> RecordGrain.PARAGRAPH;
                    case "document", "documents" -> RecordGrain.DOCUMENT;
                    default ->
                        throw new UserInputException("--records " + value
                                + ": use paragraph (one record per paragraph) or document (one" + " record per file)");
                };
        if (kind != DatasetKind.DOCUMENTS) {
            throw new UserInputException("--records: " + file.getFileName() + " is imported as " + kind.wireName()
                    + ", whose rows are already the records; --records applies to documents (DOCX, PDF, HTML, TXT,"
                    + " e-mail), so leave it out for this file");
        }
        return grain;
    }
}
