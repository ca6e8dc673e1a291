package io.verbatim.text.sentiment;

import io.verbatim.text.lang.TextLanguage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes a {@link LinearModel} as a small gzip file: a header (magic, version, spec, biases, offsets) and
 * the non-zero weights as bucket-delta and half-precision value pairs. Half precision loses nothing that matters to a
 * linear classifier and keeps the shipped files small.
 */
public final class ModelFile {

    private static final int MAGIC = 0x56534e54; // "VSNT"
    private static final int VERSION = 1;

    private ModelFile() {}

    public static void write(LinearModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(file)) {
            write(model, raw);
        }
    }

    public static void write(LinearModel model, OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
        ModelSpec spec = model.spec();
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(spec.language().wireName());
        out.writeInt(spec.bits());
        out.writeBoolean(spec.charGrams());
        for (double b : model.biasCopy()) {
            out.writeDouble(b);
        }
        for (double o : model.offsetsCopy()) {
            out.writeDouble(o);
        }
        float[] weights = model.weightsCopy();
        int buckets = spec.buckets();
        int nonZero = 0;
        for (int bucket = 0; bucket < buckets; bucket++) {
            nonZero += isZero(weights, bucket) ? 0 : 1;
        }
        out.writeInt(nonZero);
        int last = 0;
        for (int bucket = 0; bucket < buckets; bucket++) {
            if (isZero(weights, bucket)) {
                continue;
            }
            out.writeInt(bucket - last);
            last = bucket;
            for (int c = 0; c < LinearModel.CLASSES; c++) {
                out.writeShort(Float.floatToFloat16(weights[bucket * LinearModel.CLASSES + c]));
            }
        }
        out.flush();
        gzip.finish();
    }

    public static LinearModel read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            return read(raw);
        }
    }

    /**
     * @throws IOException when the bytes are not a sentiment model of this version
     */
    public static LinearModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Verbatim sentiment model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException(
                    "sentiment model version " + version + " is not supported (expected " + VERSION + ")");
        }
        TextLanguage language = TextLanguage.fromWire(in.readUTF());
        ModelSpec spec = new ModelSpec(language, in.readInt(), in.readBoolean());
        double[] bias = new double[LinearModel.CLASSES];
        double[] offsets = new double[LinearModel.CLASSES];
        for (int c = 0; c < LinearModel.CLASSES; c++) {
            bias[c] = in.readDouble();
        }
        for (int c = 0; c < LinearModel.CLASSES; c++) {
            offsets[c] = in.readDouble();
        }
        float[] weights = new float[spec.buckets() * LinearModel.CLASSES];
        int nonZero = in.readInt();
        int bucket = 0;
        for (int i = 0; i < nonZero; i++) {
            bucket += in.readInt();
            if (bucket < 0 || bucket >= spec.buckets()) {
                throw new IOException("corrupt sentiment model: bucket " + bucket);
            }
            for (int c = 0; c < LinearModel.CLASSES; c++) {
                weights[bucket * LinearModel.CLASSES + c] = Float.float16ToFloat(in.readShort());
            }
        }
        return new LinearModel(spec, weights, bias, offsets);
    }

    private static boolean isZero(float[] weights, int bucket) {
        int base = bucket * LinearModel.CLASSES;
        return Float.floatToFloat16(weights[base]) == 0
                && Float.floatToFloat16(weights[base + 1]) == 0
                && Float.floatToFloat16(weights[base + 2]) == 0;
    }
}
