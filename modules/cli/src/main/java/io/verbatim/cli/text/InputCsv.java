package io.verbatim.cli.text;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.verbatim.cli.UserInputException;
import io.verbatim.ingest.source.DelimiterSniffer;
import io.verbatim.ingest.source.DetectedEncoding;
import io.verbatim.ingest.source.EncodingDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A CSV whose text column {@code text} commands read: the encoding and the delimiter are sniffed the way {@code import}
 * does (ingest's {@link EncodingDetector}: UTF-8 with or without BOM, UTF-16, else Windows-1251 for Cyrillic bytes;
 * {@link DelimiterSniffer}), and records are read one at a time.
 *
 * @param charset the detected character set
 * @param delimiter the detected field delimiter
 */
record InputCsv(Path file, Charset charset, int bomLength, char delimiter) {

    /**
     * Sniffs a file.
     *
     * @throws UserInputException when the file does not exist or cannot be read
     */
    static InputCsv open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file; check the --in path");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(EncodingDetector.SAMPLE_BYTES);
            boolean whole = in.read() < 0;
            DetectedEncoding encoding = new EncodingDetector().detect(sample, sample.length, whole);
            int bom = encoding.bomLength();
            String text = new String(sample, bom, sample.length - bom, encoding.charset());
            char delimiter = new DelimiterSniffer().sniff(text, whole);
            return new InputCsv(file, encoding.charset(), bom, delimiter);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file; check the --in path");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** A reader of the file's records, header first; the caller closes it. */
    CsvReader<CsvRecord> records() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bomLength);
        Reader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(reader);
    }
}
