package io.verbatim.cli.text;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.text.privacy.MaskedText;
import io.verbatim.text.privacy.PiiKind;
import io.verbatim.text.privacy.PiiMasker;
import io.verbatim.text.privacy.PiiPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim text mask}: a copy of a CSV with personal data (e-mails, phones, card numbers, names) in the named
 * columns replaced by {@code [email]}, {@code [phone]}, {@code [card]}, {@code [name]}; every other column is copied
 * as it is. Reads UTF-8 (with or without BOM), UTF-16 or a Windows code page as the importer detects it, writes UTF-8
 * with the input's delimiter (and its BOM, if it had one) and CRLF line ends, and prints how many pieces of each kind
 * it masked.
 */
@Command(
        name = "mask",
        description =
                "Mask e-mails, phone numbers, card numbers and personal names in CSV columns; every column is kept.")
public final class MaskCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "F.csv", description = "The CSV to read.")
    private Path in;

    @Option(
            names = "--column",
            required = true,
            split = ",",
            paramLabel = "C",
            description = "The column(s) to mask, by header name (comma-separated).")
    private List<String> columns;

    @Option(names = "--out", required = true, paramLabel = "O.csv", description = "The CSV to write.")
    private Path out;

    @Option(
            names = "--kinds",
            paramLabel = "email,phone,card,name",
            description = "The kinds to mask (default: all four).")
    private String kinds;

    @Override
    public Integer call() {
        Set<PiiKind> chosen = chosenKinds();
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new UserInputException("--out " + out + " is the input file; write the masked copy elsewhere");
        }
        CsvTextSource source = CsvTextSource.of(in);
        MaskSummary summary = mask(source, PiiMasker.builder().kinds(chosen).build());
        var printer = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            printer.println(Json.write(summary.toJson()));
        } else {
            printer.print(summary.toText());
        }
        return 0;
    }

    private Set<PiiKind> chosenKinds() {
        try {
            Set<PiiKind> chosen = kinds == null ? PiiPolicy.defaults().kinds() : PiiPolicy.parseKinds(kinds);
            if (chosen.isEmpty()) {
                throw new UserInputException("--kinds names no kind; use some of email,phone,card,name");
            }
            return chosen;
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--kinds: " + e.getMessage());
        }
    }

    private MaskSummary mask(CsvTextSource source, PiiMasker masker) {
        long start = System.nanoTime();
        Map<PiiKind, Long> counts = new EnumMap<>(PiiKind.class);
        masker.kinds().forEach(kind -> counts.put(kind, 0L));
        long rows = 0;
        long changed = 0;
        long line = 1;
        try (Reader reader = source.open();
                CsvReader<CsvRecord> csv = CsvReader.builder()
                        .fieldSeparator(source.delimiter())
                        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .ofCsvRecord(reader);
                OutputStream bytes = Files.newOutputStream(out);
                Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CsvWriter csvOut =
                        CsvWriter.builder().fieldSeparator(source.delimiter()).build(writer)) {
            if (source.encoding().bomLength() > 0) {
                writer.write('\uFEFF');
            }
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw new UserInputException(in + ": empty file; a CSV with a header row is needed");
            }
            CsvRecord header = records.next();
            int[] masked = columnIndexes(header.getFields());
            csvOut.writeRecord(header.getFields());
            while (records.hasNext()) {
                CsvRecord record = records.next();
                line = record.getStartingLineNumber();
                List<String> fields = new ArrayList<>(record.getFields());
                boolean any = false;
                for (int index : masked) {
                    if (index < fields.size()) {
                        MaskedText result = masker.mask(fields.get(index));
                        if (result.total() > 0) {
                            any = true;
                            fields.set(index, result.text());
                            result.counts().forEach((kind, n) -> counts.merge(kind, (long) n, Long::sum));
                        }
                    }
                }
                changed += any ? 1 : 0;
                rows++;
                csvOut.writeRecord(fields);
            }
        } catch (CharacterCodingException e) {
            throw new UserInputException(in + ":" + (line + 1) + ": not valid "
                    + source.encoding().charset() + " text; save the file as UTF-8 and try again");
        } catch (CsvParseException e) {
            throw new UserInputException(in + ": not a readable CSV after line " + line + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UserInputException("cannot write " + out + " (" + e.getMessage() + ")");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new MaskSummary(in, out, List.copyOf(columns), masker.kinds(), rows, changed, counts, seconds);
    }

    /** The positions of the named columns; exact names first, then ignoring case and surrounding spaces. */
    private int[] columnIndexes(List<String> header) {
        int[] indexes = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String wanted = columns.get(i);
            int index = header.indexOf(wanted);
            for (int h = 0; index < 0 && h < header.size(); h++) {
                if (header.get(h).strip().equalsIgnoreCase(wanted.strip())) {
                    index = h;
                }
            }
            if (index < 0) {
                throw new UserInputException(
                        in + " has no column '" + wanted + "'; its columns are " + String.join(", ", header));
            }
            indexes[i] = index;
        }
        return indexes;
    }
}
