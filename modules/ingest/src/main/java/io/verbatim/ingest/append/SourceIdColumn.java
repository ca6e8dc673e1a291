package io.verbatim.ingest.append;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.ingest.ImportException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the column that identifies a row in its source: the ticket's or mention's id (a mention's url when it has no
 * id), a survey's response id ({@code ResponseId} in Qualtrics, {@code ResponseID} in its legacy export,
 * {@code Respondent ID} in SurveyMonkey, or a column simply called id). The analyst can name another with
 * {@code --id-column}.
 */
final class SourceIdColumn {

    /** Survey headers that name a response id, folded (lower case, letters and digits only), most specific first. */
    private static final List<String> SURVEY_IDS = List.of(
            "responseid",
            "respondentid",
            "responseuuid",
            "submissionid",
            "idответа",
            "идответа",
            "идентификаторответа",
            "idреспондента",
            "идреспондента",
            "id",
            "ид",
            "идентификатор");

    private SourceIdColumn() {}

    /**
     * The key of the id column in {@code target}, which the wave's {@code draft} must also have; empty when the
     * dataset has none and rows are to be compared whole.
     *
     * @param requested the column the analyst named, or null to detect it
     * @throws ImportException when the named column, or the detected one, is missing from the dataset or the file
     */
    static Optional<String> choose(Dataset target, DatasetDraft draft, String requested, Path file) {
        Optional<Column> inTarget = requested == null
                ? candidates(target).stream()
                        .flatMap(name -> findFolded(target.columns(), name).stream())
                        .findFirst()
                : target.column(requested.strip());
        if (inTarget.isEmpty()) {
            if (requested != null) {
                throw new ImportException(
                        file,
                        0,
                        0,
                        "--id-column " + requested + ": dataset '" + target.name()
                                + "' has no such column; name one of its columns (see 'verbatim datasets')");
            }
            return Optional.empty();
        }
        String key = inTarget.get().key();
        boolean inFile = draft.columns().stream().anyMatch(c -> c.key().equalsIgnoreCase(key));
        if (!inFile) {
            throw new ImportException(
                    file,
                    0,
                    0,
                    "the file has no column '" + key + "', which identifies the rows of dataset '" + target.name()
                            + "'; name the file's id column with --id-column COL");
        }
        return Optional.of(key);
    }

    private static List<String> candidates(Dataset target) {
        return switch (target.kind()) {
            case TICKETS -> List.of(TicketField.ID.key());
            case MENTIONS -> List.of(MentionField.ID.key(), MentionField.URL.key());
            default -> SURVEY_IDS;
        };
    }

    /** The first column whose key, or else label, folds to {@code name}. */
    private static Optional<Column> findFolded(List<Column> columns, String name) {
        return columns.stream()
                .filter(c -> fold(c.key()).equals(name))
                .findFirst()
                .or(() -> columns.stream()
                        .filter(c -> fold(c.label()).equals(name))
                        .findFirst());
    }

    static String fold(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
