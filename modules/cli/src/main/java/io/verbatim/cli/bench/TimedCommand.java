package io.verbatim.cli.bench;

import io.verbatim.cli.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one whole command as a child process and measures it from start to exit, the way a user at a terminal (or
 * {@code /usr/bin/time}) sees it: JVM or interpreter start-up included.
 *
 * @param label what the command does, e.g. {@code verbatim import}
 * @param command the program and its arguments
 */
record TimedCommand(String label, List<String> command) {

    TimedCommand {
        command = List.copyOf(command);
    }

    /**
     * @return the wall-clock seconds the command took
     * @throws UserInputException when it cannot start or exits non-zero (with the tail of its output)
     */
    double run(Path scratch) {
        try {
            Path log = Files.createTempFile(scratch, "bench", ".log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                String output = Files.readString(log);
                throw new UserInputException(label + " failed (exit " + exit + "): "
                        + output.substring(Math.max(0, output.length() - 400)).strip());
            }
            return seconds;
        } catch (IOException e) {
            throw new UserInputException("cannot run " + label + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserInputException("interrupted while running " + label);
        }
    }
}
