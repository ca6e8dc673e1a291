package io.verbatim.ingest.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Assembles the cell events of the SAX sheet parser into rows. Missing cells (sparse rows) become blanks, and rows
 * without any value are skipped like blank CSV lines.
 */
final class XlsxRowCollector implements SheetContentsHandler {

    /** Thrown through the SAX parser to stop reading early; caught by {@link XlsxRowSource}. */
    static final class StopReading extends RuntimeException {
        StopReading() {
            super("stop", null, false, false);
        }
    }

    private final RowSink sink;
    private final List<String> cells = new ArrayList<>();
    private int nextColumn;
    private long rows;

    XlsxRowCollector(RowSink sink) {
        this.sink = sink;
    }

    long rows() {
        return rows;
    }

    @Override
    public void startRow(int rowNum) {
        cells.clear();
        nextColumn = 0;
    }

    @Override
    public void endRow(int rowNum) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        rows++;
        if (!sink.accept(new SourceRow(rowNum + 1L, cells.toArray(String[]::new)))) {
            throw new StopReading();
        }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
        while (cells.size() < column) {
            cells.add("");
        }
        String value = formattedValue == null ? "" : formattedValue;
        if (column < cells.size()) {
            cells.set(column, value);
        } else {
            cells.add(value);
        }
        nextColumn = column + 1;
    }
}
