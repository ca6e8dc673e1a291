package io.verbatim.cli.bench;

import io.verbatim.cli.VerbatimCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A short training run for the launcher's class-data sharing archive: imports a small generated survey and scores it
 * in a throw-away workspace, so that the archive holds the classes {@code import} and {@code score} load (H2, Flyway,
 * FastCSV, picocli, the importers). {@code modules/cli/verbatim} runs it once under {@code -XX:ArchiveClassesAtExit}
 * whenever the jar is newer than the archive; every later command starts from the archive.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {}

    public static void main(String[] args) throws IOException {
        Path scratch = Files.createTempDirectory("verbatim-cds");
        try {
            Path csv = scratch.resolve("training.csv");
            StringBuilder text = new StringBuilder("ResponseId,RecordedDate,Region,NPS,CSAT,Comment\n");
            for (int i = 0; i < 2000; i++) {
                text.append("R_%05d,2025-%02d-%02d 10:%02d:00,%s,%d,%d,\"ok, %d\"%n"
                        .formatted(
                                i,
                                1 + i % 12,
                                1 + i % 28,
                                i % 60,
                                i % 2 == 0 ? "Москва" : "Berlin",
                                i % 11,
                                1 + i % 5,
                                i % 7));
            }
            Files.writeString(csv, text);
            String workspace = scratch.resolve("workspace").toString();
            run("import", csv.toString(), "--workspace", workspace);
            run("score", "--workspace", workspace, "--dataset", "training", "--metric", "nps", "--by", "Region");
            run("score", "--workspace", workspace, "--dataset", "training", "--metric", "csat", "--period", "month");
            run("datasets", "--workspace", workspace, "--format", "json");
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private static void run(String... args) {
        StringWriter sink = new StringWriter();
        PrintWriter writer = new PrintWriter(sink);
        if (VerbatimCli.run(args, writer, writer) != 0) {
            throw new IllegalStateException("class-data training failed: " + sink);
        }
    }
}
