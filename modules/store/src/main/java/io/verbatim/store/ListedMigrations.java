package io.verbatim.store;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the workspace's migration scripts by name instead of letting it scan the class path: in the
 * 40,000-entry command-line jar that scan costs about a quarter of a second of CPU on every new workspace, and the
 * scripts are known when the jar is built. {@code WorkspaceMigrationsTest} checks the list against the folder.
 */
final class ListedMigrations implements ResourceProvider {

    private final String folder;
    private final List<String> scripts;
    private final ClassLoader loader;

    /**
     * @param folder the scripts' class-path folder, without a leading or trailing slash
     * @param scripts the scripts' file names
     */
    ListedMigrations(String folder, List<String> scripts, ClassLoader loader) {
        this.folder = folder;
        this.scripts = List.copyOf(scripts);
        this.loader = loader;
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.contains(name) ? new Script(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream()
                .filter(name -> name.startsWith(prefix))
                .filter(name -> Arrays.stream(suffixes).anyMatch(name::endsWith))
                .<LoadableResource>map(Script::new)
                .toList();
    }

    /** One script, read from the class path when Flyway runs it. */
    private final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(getAbsolutePath());
            if (in == null) {
                throw new IllegalStateException("The migration " + getAbsolutePath() + " is missing from the build");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return folder + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
