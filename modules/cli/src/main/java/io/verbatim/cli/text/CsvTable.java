package io.verbatim.cli.text;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.verbatim.cli.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole CSV file in memory, as the text commands read and write it: a header and rows of cells. The character set
 * and the delimiter are found the way {@code import} finds them ({@link CsvTextSource}: UTF-8 with or without BOM,
 * UTF-16, else Windows-1251 for Cyrillic exports; comma, semicolon or tab), so a file saved by Russian Excel reads as
 * well as one saved by a script. Short rows are padded with empty cells so every row has the header's width.
 *
 * @param header the column names, in file order
 * @param rows the data rows, each as wide as the header
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    /** Reads a CSV file; a missing, unreadable or malformed file is a {@link UserInputException}. */
    public static CsvTable read(Path file) {
        CsvTextSource source = CsvTextSource.of(file);
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> records = source.records()) {
            for (CsvRecord record : records) {
                if (header == null) {
                    header = List.copyOf(record.getFields());
                } else if (record.getFieldCount() > 1 || !record.getField(0).isEmpty()) {
                    List<String> row = new ArrayList<>(record.getFields());
                    while (row.size() < header.size()) {
                        row.add("");
                    }
                    rows.add(row);
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            throw new UserInputException("cannot read " + file + " as " + source.charset() + " CSV (" + e.getMessage()
                    + "); save it as UTF-8 CSV and try again");
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage());
        }
        if (header == null) {
            throw new UserInputException(file + " is empty: a CSV with a header row is needed");
        }
        return new CsvTable(header, rows);
    }

    /** The index of a column; a missing column is a {@link UserInputException} naming the columns there are. */
    public int column(String name, Path file) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new UserInputException(
                    file + " has no column '" + name + "'; its columns are " + String.join(", ", header));
        }
        return index;
    }

    /** The cells of a column, in row order. */
    public List<String> cells(int column) {
        return rows.stream().map(r -> column < r.size() ? r.get(column) : "").toList();
    }

    /** Writes this table with extra columns appended, UTF-8 without BOM. */
    public void write(Path file, List<String> extraHeader, List<List<String>> extraCells) {
        try (CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
            List<String> head = new ArrayList<>(header);
            head.addAll(extraHeader);
            writer.writeRecord(head);
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = new ArrayList<>(rows.get(r));
                row.addAll(extraCells.get(r));
                writer.writeRecord(row);
            }
        } catch (IOException e) {
            throw new UserInputException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
