package io.verbatim.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it never drifts from the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VerbatimCli.class.getPackage().getImplementationVersion();
        return new String[] {"verbatim " + (version == null ? "development build" : version)};
    }
}
