package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Not a test: a repeatable measurement for docs/decisions/0004-h2-and-flyway.md. Imports {@code rows} survey-like rows
 * of ten columns into a fresh workspace, then reads columns back, printing the times.
 *
 * <p>Run: {@code java -cp <test classpath> io.verbatim.store.ImportThroughputProbe DIR [rows]}.
 */
public final class ImportThroughputProbe {

    private static final String[] REGIONS = {"Москва", "Санкт-Петербург", "Казань", "North", "South", "East", "West"};
    private static final String[] WORDS = {
        "быстро", "долго", "поддержка", "оператор", "доставка", "great", "slow", "support", "price", "app", "ошибка"
    };

    private ImportThroughputProbe() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        List<Column> columns = IntStream.range(0, 10)
                .mapToObj(i -> new Column(i, "c" + i, "Column " + i, ValueType.TEXT, null))
                .toList();
        long generating = System.nanoTime();
        String[] scratch = new String[10];
        Random sameData = new Random(42);
        for (int i = 0; i < rows; i++) {
            fill(scratch, i, sameData);
        }
        System.out.printf("generating the rows alone: %d ms%n", (System.nanoTime() - generating) / 1_000_000);
        try (Workspace workspace = Workspace.open(dir)) {
            long start = System.nanoTime();
            try (DatasetImport running = workspace
                    .datasets()
                    .beginImport(new DatasetDraft("probe", DatasetKind.SURVEY, columns, "generic", "probe.csv"))) {
                String[] cells = new String[10];
                Random random = new Random(42);
                for (int i = 0; i < rows; i++) {
                    fill(cells, i, random);
                    running.append(cells);
                }
                running.commit();
            }
            System.out.printf(
                    "generating and importing %,d rows x 10 columns: %d ms%n",
                    rows, (System.nanoTime() - start) / 1_000_000);
            Dataset dataset = workspace.datasets().dataset("probe").orElseThrow();
            for (int position : new int[] {0, 2, 9, 0, 2, 9}) {
                long read = System.nanoTime();
                String[] column = workspace
                        .datasets()
                        .readColumn(dataset, dataset.columns().get(position));
                System.out.printf(
                        "readColumn c%d (%,d cells): %d ms%n",
                        position, column.length, (System.nanoTime() - read) / 1_000_000);
            }
        }
        System.out.printf("file: %,d bytes%n", Files.size(dir.resolve("workspace.mv.db")));
    }

    /** Unique ids, dates, low-cardinality dimensions, 0..10 scores and short mixed RU/EN comments (40% blank). */
    private static void fill(String[] cells, int i, Random random) {
        cells[0] = "R_" + Integer.toString(i, 36) + "x" + (i * 7919 % 100_003);
        cells[1] = "2026-%02d-%02d".formatted(1 + i % 12, 1 + i % 28);
        cells[2] = REGIONS[random.nextInt(REGIONS.length)];
        cells[3] = Integer.toString(random.nextInt(11));
        cells[4] = Integer.toString(1 + random.nextInt(5));
        cells[5] = random.nextBoolean() ? "email" : "web";
        cells[6] = "product-" + random.nextInt(40);
        cells[7] = random.nextInt(10) < 3 ? "" : Integer.toString(18 + random.nextInt(60));
        cells[8] = random.nextInt(100) < 5 ? "Yes" : "No";
        cells[9] = random.nextInt(10) < 4 ? "" : comment(random);
    }

    private static String comment(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 3 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
