package io.verbatim.ingest.source;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Turns numeric XLSX cells into the text our importer expects instead of what Excel would display: dates as ISO-8601
 * (so "05.03.2024" in a German workbook and "3/5/24" in a US one import alike) and numbers in their shortest exact form
 * ("5", not "5.0", and no thousands separators or currency from the cell format).
 */
final class XlsxCellFormatter extends DataFormatter {

    private final boolean date1904;

    XlsxCellFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime at = DateUtil.getLocalDateTime(value, use1904 || date1904, true);
            if (at.toLocalTime().toSecondOfDay() == 0 && value >= 1) {
                return at.toLocalDate().toString();
            }
            return at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return NumberToTextConverter.toText(value);
    }
}
