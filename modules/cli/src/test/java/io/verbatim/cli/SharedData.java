package io.verbatim.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real exports in {@code ../shared/data} (set by Surefire as {@code verbatim.shared.data}). Files whose licence
 * keeps them out of the repository are read from there, and tests that need them skip with a message when absent.
 */
final class SharedData {

    private SharedData() {}

    static Path require(String relative) {
        String root = System.getProperty("verbatim.shared.data", "../shared/data");
        Path path = Path.of(root).resolve(relative).normalize();
        assumeTrue(Files.exists(path), path + " is absent (shared data not beside the checkout): skipped");
        return path;
    }
}
