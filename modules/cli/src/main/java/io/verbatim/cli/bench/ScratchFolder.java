package io.verbatim.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the throw-away folders the benchmark and the class-data training run write their workspaces into. */
final class ScratchFolder {

    private ScratchFolder() {}

    /** Deletes {@code root} and everything below it, deepest first. */
    static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the scratch folder " + root, e);
        }
    }
}
