package io.verbatim.ingest;

import io.verbatim.domain.dataset.DatasetKind;
import java.nio.file.Path;
import java.util.Comparator;
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

    /** The importer for an explicitly chosen kind. */
    public Optional<DatasetImporter> forKind(DatasetKind kind) {
        return importers.stream().filter(i -> i.kind() == kind).findFirst();
    }

    /**
     * The importer for {@code file}: the most confident one, ties going to the earlier in the list; when none
     * recognises the file, the survey importer (any table can be a survey) or else the first.
     */
    public DatasetImporter forFile(Path file) {
        return importers.stream()
                .filter(i -> i.recognise(file) > 0)
                .max(Comparator.comparingInt((DatasetImporter i) -> i.recognise(file))
                        .thenComparing(i -> -importers.indexOf(i)))
                .or(() -> forKind(DatasetKind.SURVEY))
                .orElse(importers.getFirst());
    }

    public List<DatasetKind> kinds() {
        return importers.stream().map(DatasetImporter::kind).toList();
    }
}
