package io.verbatim.app.importer;

/** Which day Excel serial numbers in a CSV's date columns count from (the mapping's {@code excel_dates}). */
public enum ExcelDates {
    /** Excel for Windows and current Excel for Mac: the default. */
    FROM_1900,
    /** Workbooks from old Excel for Mac. */
    FROM_1904;

    public boolean is1904() {
        return this == FROM_1904;
    }

    public static ExcelDates of(boolean excel1904) {
        return excel1904 ? FROM_1904 : FROM_1900;
    }
}
