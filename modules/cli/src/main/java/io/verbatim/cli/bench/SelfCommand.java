package io.verbatim.cli.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts this same program again. Run from the launcher ({@code modules/cli/verbatim}, which
 * names itself in {@code verbatim.launcher}), it is the launcher itself, so each command gets the JVM options the
 * launcher gives that command, and {@code VERBATIM_JAVA_OPTS} reaches it through the environment. Run any other way
 * (tests), it is the same {@code java} with the same JVM options and class path. A benchmark of {@code verbatim
 * import} is then a benchmark of the command as installed, not of a differently tuned copy.
 */
final class SelfCommand {

    private SelfCommand() {}

    static List<String> of(List<String> arguments) {
        String launcher = System.getProperty("verbatim.launcher");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            List<String> command = new ArrayList<>(List.of(launcher));
            command.addAll(arguments);
            return command;
        }
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
