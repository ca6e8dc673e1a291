package io.verbatim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made by the tests: a real survey XLSX, and a zip bomb shaped like one. */
final class Workbooks {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String[] REGIONS = {"Москва", "Казань", "London"};

    private Workbooks() {}

    /** A real XLSX written by POI: region, a 0–10 recommend question and a comment, {@code rows} responses. */
    static Path survey(Path file, int rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Responses");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Region");
            header.createCell(1).setCellValue("How likely are you to recommend us?");
            header.createCell(2).setCellValue("Comment");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(REGIONS[i % REGIONS.length]);
                row.createCell(1).setCellValue(i % 11);
                row.createCell(2).setCellValue("ответ номер " + i + " / answer number " + i);
            }
            workbook.write(out);
        }
        return file;
    }

    /**
     * Copies {@code template}'s parts into {@code file}, but replaces the first sheet with {@code uncompressed} bytes
     * (rounded to whole megabytes) of one-megabyte rows: about a thousandth of that on disk. The deflate stream is built
     * from one compressed megabyte repeated, so making a gigabyte bomb costs milliseconds, not a gigabyte of work.
     */
    static Path zipBomb(Path file, Path template, long uncompressed) throws IOException {
        return zipBomb(file, template, uncompressed, true);
    }

    /** As {@link #zipBomb(Path, Path, long)}; unless {@code honest}, the zip directory claims the sheet is 1 MB. */
    static Path zipBomb(Path file, Path template, long uncompressed, boolean honest) throws IOException {
        byte[] open = "<row><c t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8);
        byte[] close = "</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
        // one row per megabyte, its one cell a megabyte of the same letter: what deflate squeezes best
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'A');
        System.arraycopy(open, 0, chunk, 0, open.length);
        System.arraycopy(close, 0, chunk, chunk.length - close.length, close.length);
        return withSheet(file, template, "", chunk, Math.max(1, uncompressed / chunk.length), "", honest);
    }

    /** A workbook whose first sheet is one cell of {@code megabytes} MB of random letters (barely compressible). */
    static Path giantCell(Path file, Path template, int megabytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) ('a' + random.nextInt(26));
        }
        return withSheet(
                file, template, "<row><c t=\"inlineStr\"><is><t>", chunk, megabytes, "</t></is></c></row>", true);
    }

    /** Copies {@code template}'s parts, the first sheet replaced by sheet data of {@code copies} times {@code chunk}. */
    private static Path withSheet(
            Path file, Path template, String before, byte[] chunk, long copies, String after, boolean honest)
            throws IOException {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + before)
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = (after + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
        byte[] deflatedChunk = flushedDeflate(chunk);
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < copies; i++) {
            crc.update(chunk);
        }
        crc.update(tail);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        deflated.write(flushedDeflate(head));
        for (long i = 0; i < copies; i++) {
            deflated.write(deflatedChunk);
        }
        deflated.write(flushedDeflate(tail));
        deflated.write(new byte[] {3, 0}); // the final, empty block
        long size = head.length + copies * chunk.length + tail.length;
        if (size > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Keep the sheet under 4 GiB (no Zip64 here)");
        }
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(template.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().equals(SHEET)) {
                    long declared = honest ? size : chunk.length;
                    entries.add(new Entry(SHEET, deflated.toByteArray(), crc.getValue(), declared));
                } else {
                    byte[] data = zip.getInputStream(entry).readAllBytes();
                    CRC32 partCrc = new CRC32();
                    partCrc.update(data);
                    entries.add(new Entry(entry.getName(), finalDeflate(data), partCrc.getValue(), data.length));
                }
            }
        }
        Files.write(file, zipArchive(entries));
        return file;
    }

    private record Entry(String name, byte[] deflated, long crc, long size) {}

    /** Raw deflate of {@code data} ending in a full flush: no final block, no back-references past its end. */
    private static byte[] flushedDeflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length || !deflater.needsInput());
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] finalDeflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A plain (non-Zip64) zip archive: local headers with the data, then the central directory. */
    private static byte[] zipArchive(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        for (Entry entry : entries) {
            offsets.add(out.size());
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer header = little(30 + name.length);
            header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8);
            header.putShort((short) 0).putShort((short) 0x21).putInt((int) entry.crc());
            header.putInt(entry.deflated().length).putInt((int) entry.size());
            header.putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(header.array());
            out.writeBytes(entry.deflated());
        }
        int directoryStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer central = little(46 + name.length);
            central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0);
            central.putShort((short) 8)
                    .putShort((short) 0)
                    .putShort((short) 0x21)
                    .putInt((int) entry.crc());
            central.putInt(entry.deflated().length).putInt((int) entry.size());
            central.putShort((short) name.length).putShort((short) 0).putShort((short) 0);
            central.putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt(offsets.get(i))
                    .put(name);
            out.writeBytes(central.array());
        }
        int directorySize = out.size() - directoryStart;
        ByteBuffer end = little(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
        end.putShort((short) entries.size()).putShort((short) entries.size());
        end.putInt(directorySize).putInt(directoryStart).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
