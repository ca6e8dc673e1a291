package io.verbatim.ingest.source;

import io.verbatim.ingest.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX with POI's SAX event API. The DOM-based {@code XSSFWorkbook} would hold the whole
 * workbook in memory (several times the file size), which a large export cannot afford. POI's XML parser settings
 * refuse DOCTYPEs and entity expansion, so an XML bomb fails instead of exhausting memory.
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
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = WorkbookProperties.usesDate1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportException(file, 0, 0, "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(
                        new XSSFSheetXMLHandler(styles, strings, collector, new XlsxCellFormatter(date1904), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (XlsxRowCollector.StopReading expected) {
            // the sink has what it needs
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException e) {
            throw new ImportException(file, collector.rows() + 1, 0, unreadable(e), e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No usable XML parser", e);
        } finally {
            rowsRead = collector.rows();
        }
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
        if (detail.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
            return "is not a valid workbook: it expands to far more data than its size suggests (refused for safety)";
        }
        return "is not a readable XLSX workbook (corrupt or incomplete); open and save it again in Excel, or export CSV";
    }
}
