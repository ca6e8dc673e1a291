package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class CommandTableTest {

    @Test
    void everyCommandIsListedUnderTheNameItsAnnotationGives() {
        VerbatimCli.COMMANDS.forEach((name, command) -> assertThat(
                        command.get().getClass().getAnnotation(Command.class).name())
                .isEqualTo(name));
    }

    @Test
    void helpListsEveryCommand() {
        Output help = run("--help");
        assertThat(help.code()).isZero();
        for (String name : VerbatimCli.COMMANDS.keySet()) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void aMistypedCommandIsRefusedWithTheCommandsItMightMean() {
        Output typo = run("scroe", "--dataset", "d");
        assertThat(typo.code()).isNotZero();
        assertThat(typo.err()).contains("scroe").contains("score");
    }

    @Test
    void optionsBeforeOrAfterTheCommandReachTheRightCommand() {
        Output version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).isNotBlank();
        Output unknown = run("datasets", "--no-such-option");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("Unknown option: '--no-such-option'").contains("datasets");
    }

    private static Output run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VerbatimCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Output(code, out.toString(), err.toString());
    }

    private record Output(int code, String out, String err) {}

    static {
        // The table is read before any command line is built; an empty one would make every test above vacuous.
        assertThat(Map.copyOf(VerbatimCli.COMMANDS)).isNotEmpty();
    }
}
