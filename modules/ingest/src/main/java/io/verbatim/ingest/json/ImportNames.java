package io.verbatim.ingest.json;

import io.verbatim.ingest.ImportOptions;
import java.nio.file.Path;

/** Dataset names for JSON imports: the one the user chose, or the file name without its extension. */
public final class ImportNames {

    private ImportNames() {}

    public static String datasetName(ImportOptions options, Path file) {
        if (options.datasetName() != null && !options.datasetName().isBlank()) {
            return options.datasetName().strip();
        }
        return stem(file);
    }

    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
