package io.verbatim.ingest;

import io.verbatim.domain.dataset.DatasetKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The importers a composition root wires in, and the choice among them for a file: the one that asked for kind, or
 * the one most sure it recognises the file, with surveys as the fallback for any plain table.
 */
public final class Importers {

    private final List<DatasetImporter> importers;

    public Importers(List<DatasetImporter> importers) {
        if (importers.isEmpty()) {
            throw new IllegalArgumentException("at least one importer is needed");
        }
        this.importers = List.copyOf(importers);
    }

    /** The first importer of a kind. */
    public Optional<DatasetImporter> forKind(DatasetKind kind) {
        return importers.stream().filter(i -> i.kind() == kind).findFirst();
    }

    /**
     * The importer for {@code file} when the user named its kind: among the importers of that kind (a Zendesk JSON
     * export and a ticket table are both tickets), the most confident one, else the first of that kind.
     */
    public Optional<DatasetImporter> forKind(DatasetKind kind, Path file) {
        return best(importers.stream().filter(i -> i.kind() == kind).toList(), file)
                .or(() -> forKind(kind));
    }

    /**
     * The importer for {@code file}: the most confident one, ties going to the earlier in the list; when none
     * recognises the file, the survey importer (any table can be a survey) or else the first.
     */
    public DatasetImporter forFile(Path file) {
        return best(importers, file).or(() -> forKind(DatasetKind.SURVEY)).orElse(importers.getFirst());
    }

    /** The candidate most sure it recognises the file (each asked once), ties going to the earlier; empty if none. */
    private static Optional<DatasetImporter> best(List<DatasetImporter> candidates, Path file) {
        DatasetImporter best = null;
        int bestScore = 0;
        for (DatasetImporter candidate : candidates) {
            int score = candidate.recognise(file);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<DatasetKind> kinds() {
        return importers.stream().map(DatasetImporter::kind).toList();
    }
}
