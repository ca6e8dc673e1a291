package io.verbatim.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Our own zip-bomb limit for the parts of a workbook we stream. POI has one ({@code ZipSecureFile}), but it is a
 * global setting that other libraries switch off: Tika's OOXML parser, loaded for document imports, sets POI's
 * minimum inflate ratio to -1 for the whole JVM. So a part may expand to at most {@value #MAX_RATIO} times its
 * compressed size (POI's own default ratio), plus {@value #GRACE_BYTES} bytes for small, very regular parts, and never
 * past the size the zip directory declares for it.
 */
final class InflationGuard {

    static final String MESSAGE = "zip bomb";
    static final long MAX_RATIO = 100;
    static final long GRACE_BYTES = 16L << 20;

    private InflationGuard() {}

    /** {@code in}, the inflated content of {@code partName} in {@code file}, failing once it grows past the limit. */
    static InputStream limit(InputStream in, Path file, String partName) throws IOException {
        long[] sizes = sizes(file, partName);
        long limit = GRACE_BYTES + MAX_RATIO * sizes[0];
        if (sizes[1] > limit) {
            // the zip directory says so itself: refuse before inflating a byte
            throw new IOException(MESSAGE + ": " + partName + " declares " + sizes[1] + " bytes from " + sizes[0]);
        }
        // a directory can understate a size, so the inflated bytes are counted too, up to the declared size
        long bound = sizes[1] >= 0 ? Math.min(limit, sizes[1]) : limit;
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > bound) {
                    throw new IOException(MESSAGE + ": " + partName + " expands past " + bound + " bytes");
                }
            }
        };
    }

    /**
     * The part's size on disk (or the whole file's when the zip directory cannot tell) and the inflated size the
     * directory declares (or -1).
     */
    private static long[] sizes(Path file, String partName) throws IOException {
        String entryName = partName.startsWith("/") ? partName.substring(1) : partName;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry != null && entry.getCompressedSize() >= 0) {
                return new long[] {entry.getCompressedSize(), entry.getSize()};
            }
        } catch (ZipException e) {
            // POI opened it, so it is a zip of some kind; fall back to the file size as the bound
        }
        return new long[] {Files.size(file), -1};
    }
}
