package io.verbatim.cli.text;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.verbatim.cli.UserInputException;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.brand.BrandSentiment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The path every {@code text sentiment} row takes, shared by the command and its benchmark: read a CSV block of rows,
 * classify the block's texts on all cores (one classifier copy per worker), write the rows back with every input
 * column in its place and {@code language}, {@code sentiment}, {@code sentiment_score} (and, for a brand,
 * {@code brand_sentiment}, {@code brand_sentiment_score}) added. Memory stays at one block, whatever the file's size.
 * The output is UTF-8 with a BOM, so Excel opens Cyrillic text right; it is written beside the target and moved into
 * place only when complete, so a failed run leaves no half-written file.
 */
public final class SentimentTable {

    static final List<String> ADDED = List.of("language", "sentiment", "sentiment_score");
    static final List<String> BRAND_ADDED = List.of("brand_sentiment", "brand_sentiment_score");
    private static final int BLOCK = 8192;

    private final ModelSentimentClassifier classifier;
    private final LanguageChoice language;
    private final BrandSentiment brand;

    /**
     * @param brand the brand to judge, or null for none
     */
    public SentimentTable(ModelSentimentClassifier classifier, LanguageChoice language, BrandSentiment brand) {
        this.classifier = classifier;
        this.language = language;
        this.brand = brand;
    }

    /**
     * Classifies the column of a CSV into a new CSV.
     *
     * @throws UserInputException for a missing file or column, a clash of column names, a malformed record
     */
    public SentimentSummary run(Path in, String column, Path out) throws IOException {
        CsvTextSource input = CsvTextSource.of(in);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<SentimentWorker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new SentimentWorker(classifier.copy(), language, brand == null ? null : brand.copy()));
        }
        long start = System.nanoTime();
        SentimentSummary.Counter counter = new SentimentSummary.Counter();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sentiment");
            thread.setDaemon(true);
            return thread;
        });
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try (CsvReader<CsvRecord> reader = input.records();
                Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(writer)) {
            writer.write('\uFEFF');
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new UserInputException(in + ": the file is empty; a header row with column names is needed");
            }
            List<String> header = records.next().getFields();
            int textColumn = columnIndex(in, header, column);
            csv.writeRecord(outputHeader(in, header));
            List<CsvRecord> block = new ArrayList<>(BLOCK);
            while (hasNext(records, in)) {
                block.add(records.next());
                if (block.size() == BLOCK) {
                    writeBlock(block, header.size(), textColumn, workers, pool, csv, counter, in);
                    block.clear();
                }
            }
            writeBlock(block, header.size(), textColumn, workers, pool, csv, counter, in);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        return counter.summary(input.charset(), (System.nanoTime() - start) / 1e9);
    }

    private static boolean hasNext(Iterator<CsvRecord> records, Path in) {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw new UserInputException(in + ": not a readable CSV (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new UserInputException(in + ": cannot read (" + e.getCause().getMessage() + ")");
        }
    }

    private void writeBlock(
            List<CsvRecord> block,
            int width,
            int textColumn,
            List<SentimentWorker> workers,
            ExecutorService pool,
            CsvWriter csv,
            SentimentSummary.Counter counter,
            Path in)
            throws IOException {
        for (CsvRecord record : block) {
            if (record.getFieldCount() > width && !onlyEmptyExtra(record, width)) {
                throw new UserInputException(in + ":" + record.getStartingLineNumber() + ": the row has "
                        + record.getFieldCount() + " fields, the header " + width + "; quote fields that hold the "
                        + "delimiter");
            }
        }
        String[][] results = new String[block.size()][];
        int slice = (block.size() + workers.size() - 1) / Math.max(1, workers.size());
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers.size(); w++) {
            int from = w * slice;
            int to = Math.min(block.size(), from + slice);
            SentimentWorker worker = workers.get(w);
            if (from < to) {
                futures.add(pool.submit(() -> worker.classify(block, textColumn, from, to, results)));
            }
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("classifying failed: " + e.getCause(), e.getCause());
            }
        }
        String[] row = new String[width + ADDED.size() + (brand == null ? 0 : BRAND_ADDED.size())];
        for (int r = 0; r < block.size(); r++) {
            CsvRecord record = block.get(r);
            for (int f = 0; f < width; f++) {
                row[f] = f < record.getFieldCount() ? record.getField(f) : "";
            }
            System.arraycopy(results[r], 0, row, width, results[r].length);
            csv.writeRecord(row);
            counter.add(results[r][0], results[r][1]);
        }
    }

    private static boolean onlyEmptyExtra(CsvRecord record, int width) {
        for (int f = width; f < record.getFieldCount(); f++) {
            if (!record.getField(f).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private List<String> outputHeader(Path in, List<String> header) {
        List<String> added = new ArrayList<>(ADDED);
        if (brand != null) {
            added.addAll(BRAND_ADDED);
        }
        for (String name : added) {
            if (header.contains(name)) {
                throw new UserInputException(
                        in + ": already has a column '" + name + "'; rename it, or run on the " + "original export");
            }
        }
        List<String> all = new ArrayList<>(header);
        all.addAll(added);
        return all;
    }

    static int columnIndex(Path in, List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(column.strip())) {
                    return i;
                }
            }
            throw new UserInputException(
                    in + ": no column '" + column + "'; the columns are: " + String.join(", ", header));
        }
        return index;
    }
}
