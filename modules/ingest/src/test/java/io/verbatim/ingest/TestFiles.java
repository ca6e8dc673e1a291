package io.verbatim.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of test resources and of the shared data folder outside the repository. */
public final class TestFiles {

    private TestFiles() {}

    public static Path resource(String name) {
        URL url = TestFiles.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** {@code <repo>/../shared/data}, as Surefire passes it; "here only" material is read from there, never copied. */
    public static Path sharedData() {
        return Path.of(System.getProperty("verbatim.shared.data", "../../../shared/data"));
    }
}
