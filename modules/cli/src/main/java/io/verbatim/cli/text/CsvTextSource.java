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
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A CSV file a {@code text} command reads: its encoding found by the importer's {@link EncodingDetector} (UTF-8 with or
 * without BOM, UTF-16, else Windows-1251 for Cyrillic or Windows-1252) and its delimiter by the importer's
 * {@link DelimiterSniffer}, so a file that imports also reads here. Decoding is strict: a byte the encoding does not
 * allow stops the read with the file named, instead of writing wrong letters to the output.
 *
 * @param path the file
 * @param encoding its character set and byte-order mark
 * @param delimiter its field delimiter
 */
record CsvTextSource(Path path, DetectedEncoding encoding, char delimiter) {

    /** Looks at the start of a file. */
    static CsvTextSource of(Path path) {
        byte[] sample = new byte[EncodingDetector.SAMPLE_BYTES];
        int length;
        boolean whole;
        try (InputStream in = Files.newInputStream(path)) {
            length = in.readNBytes(sample, 0, sample.length);
            whole = in.read() < 0;
        } catch (NoSuchFileException e) {
            throw new UserInputException(path + ": no such file");
        } catch (IOException e) {
            throw new UserInputException(path + ": cannot read (" + e.getMessage() + ")");
        }
        DetectedEncoding encoding = new EncodingDetector().detect(sample, length, whole);
        int bom = encoding.bomLength();
        String text = new String(sample, bom, Math.max(0, length - bom), encoding.charset());
        char delimiter = new DelimiterSniffer().sniff(text, whole);
        return new CsvTextSource(path, encoding, delimiter);
    }

    /** A reader of the file's text after its byte-order mark, failing on bytes its encoding does not allow. */
    Reader open() throws IOException {
        InputStream in = Files.newInputStream(path);
        try {
            in.skipNBytes(encoding.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        CharsetDecoder decoder = encoding.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** The file's records, header first, read one at a time (rows shorter or longer than the header allowed). */
    CsvReader<CsvRecord> records() throws IOException {
        Reader reader = new BufferedReader(open(), 1 << 16);
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(reader);
    }

    /** The file's character set. */
    Charset charset() {
        return encoding.charset();
    }
}
