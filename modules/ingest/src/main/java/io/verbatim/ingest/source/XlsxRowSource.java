package io.verbatim.ingest.source;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX with POI's SAX event API. The DOM-based {@code XSSFWorkbook} would hold the whole
 * workbook in memory (several times the file size), which a large export cannot afford. POI's XML parser settings
 * refuse DOCTYPEs and entity expansion, so an XML bomb fails instead of exhausting memory; {@link InflationGuard}
 * refuses zip bombs whatever POI's global settings are, and {@link CellSizeGuard} a cell too large for the heap.
 */
public final class XlsxRowSource implements RowSource {

    private final Path file;
    private final long size;
    private long rowsRead;

    public XlsxRowSource(Path file, long size) {
        this.file = file;
        this.size = size;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String encoding() {
        return "xlsx";
    }

    @Override
    public char delimiter() {
        return 0;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long bytesRead() {
        return -1;
    }

    /** Rows delivered by the current or last read. */
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public void read(RowSink sink) {
        XlsxRowCollector collector = new XlsxRowCollector(sink);
        boolean inSheet = false;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = WorkbookProperties.usesDate1904(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportException(ProblemRule.CORRUPT_FILE, file, 0, 0, "the workbook has no sheet");
            }
            try (InputStream sheet = limited(sheets.next(), sheets.getSheetPart())) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new CellSizeGuard(
                        new XSSFSheetXMLHandler(styles, strings, collector, new XlsxCellFormatter(date1904), false)));
                inSheet = true;
                xml.parse(new InputSource(sheet));
            }
        } catch (XlsxRowCollector.StopReading expected) {
            // the sink has what it needs
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException e) {
            // before the sheet is reached the whole workbook is at fault (a cut zip has no directory), not a row
            throw new ImportException(problemRule(e), file, inSheet ? collector.rows() + 1 : 0, 0, unreadable(e), e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No usable XML parser", e);
        } finally {
            rowsRead = collector.rows();
        }
    }

    /** The shared strings, read through our inflation limit (the table holds them all in memory). */
    private ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg);
        }
        try (InputStream in = limited(parts.getFirst().getInputStream(), parts.getFirst())) {
            return new ReadOnlySharedStringsTable(in);
        }
    }

    private InputStream limited(InputStream in, PackagePart part) throws IOException {
        return InflationGuard.limit(in, file, part.getPartName().getName());
    }

    /** The rule {@link #unreadable} describes the breaking of. */
    private static ProblemRule problemRule(Exception e) {
        String detail = String.valueOf(e.getMessage());
        String lower = detail.toLowerCase(java.util.Locale.ROOT);
        if (detail.contains("DOCTYPE") || lower.contains("entit") || lower.contains(InflationGuard.MESSAGE)) {
            return ProblemRule.ZIP_BOMB;
        }
        return detail.contains(CellSizeGuard.MESSAGE) ? ProblemRule.CELL_TOO_LARGE : ProblemRule.CORRUPT_FILE;
    }

    private static String unreadable(Exception e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("DOCTYPE")
                || detail.toLowerCase(java.util.Locale.ROOT).contains("entit")) {
            return "is not a valid workbook: it declares XML entities, which a spreadsheet never needs (refused for safety)";
        }
        if (detail.contains("Strict OOXML")) {
            return "is saved as a Strict Open XML workbook, which cannot be read; save it as a standard Excel Workbook"
                    + " (.xlsx) or export CSV";
        }
        if (detail.toLowerCase(java.util.Locale.ROOT).contains(InflationGuard.MESSAGE)) {
            return "is not a valid workbook: it expands to far more data than its size suggests (refused for safety)";
        }
        if (detail.contains(CellSizeGuard.MESSAGE)) {
            return "has a cell with more than " + CellSizeGuard.MAX_CHARS + " characters, more than any answer needs"
                    + " (refused for safety)";
        }
        return "is not a readable XLSX workbook (corrupt or incomplete); open and save it again in Excel, or export CSV";
    }
}
