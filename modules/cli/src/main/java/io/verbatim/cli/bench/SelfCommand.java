package io.verbatim.cli.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts this same program again: the same {@code java}, the same JVM options (heap limit,
 * class-data archive, garbage collector: whatever the launcher chose) and the same class path. A benchmark of
 * {@code verbatim import} is then a benchmark of the command as installed, not of a differently tuned copy.
 */
final class SelfCommand {

    private SelfCommand() {}

    static List<String> of(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // Debugger and agent options belong to this process only.
            if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent")) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.verbatim.cli.VerbatimCli");
        command.addAll(arguments);
        return command;
    }
}
