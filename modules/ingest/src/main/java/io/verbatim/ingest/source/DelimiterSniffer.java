package io.verbatim.ingest.source;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the field delimiter of a CSV by parsing its first records with each candidate and keeping the one that splits
 * them into the same number of columns, more than one. Parsing (rather than counting characters) respects quotes, so a
 * comma inside a quoted answer does not vote for the comma.
 */
public final class DelimiterSniffer {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int RECORDS = 50;

    /**
     * @param sample decoded text from the start of the file
     * @param wholeFile false when the sample was cut, so its last record may be incomplete and is not counted
     * @return the delimiter; a comma when no candidate gives more than one column
     */
    public char sniff(String sample, boolean wholeFile) {
        char best = ',';
        double bestScore = 0;
        int bestColumns = 1;
        for (char candidate : CANDIDATES) {
            List<Integer> counts = fieldCounts(sample, candidate, wholeFile);
            if (counts.isEmpty()) {
                continue;
            }
            int mode = mode(counts);
            double consistency = counts.stream().filter(c -> c == mode).count() / (double) counts.size();
            boolean better = consistency > bestScore || (consistency == bestScore && mode > bestColumns);
            if (mode > 1 && better) {
                best = candidate;
                bestScore = consistency;
                bestColumns = mode;
            }
        }
        return best;
    }

    private static List<Integer> fieldCounts(String sample, char delimiter, boolean wholeFile) {
        List<Integer> counts = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .allowUnclosedQuote(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(sample)) {
            for (CsvRecord record : reader) {
                counts.add(record.getFieldCount());
                if (counts.size() > RECORDS) {
                    break;
                }
            }
        } catch (CsvParseException e) {
            // A wrong delimiter can make quotes look misplaced; the records before that still vote.
            counts.add(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!wholeFile && counts.size() > 1 && counts.size() <= RECORDS) {
            counts.removeLast();
        }
        return counts.size() > RECORDS ? counts.subList(0, RECORDS) : counts;
    }

    private static int mode(List<Integer> counts) {
        Map<Integer, Integer> frequency = new HashMap<>();
        int mode = counts.getFirst();
        for (int count : counts) {
            int seen = frequency.merge(count, 1, Integer::sum);
            if (seen > frequency.getOrDefault(mode, 0) || (seen == frequency.get(mode) && count > mode)) {
                mode = count;
            }
        }
        return mode;
    }
}
