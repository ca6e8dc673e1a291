package io.verbatim.cli;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every dataset of a workspace with its row count and a SHA-256 of every cell of every column, read back through
 * {@code readColumn}: two equal snapshots mean the same datasets and the same rows, byte for byte.
 */
final class WorkspaceSnapshot {

    private WorkspaceSnapshot() {}

    /** Dataset name to "rows=N sha256=..." over its columns' keys, labels and cells. */
    static Map<String, String> of(Path directory) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        try (Workspace workspace = Workspace.open(directory)) {
            for (Dataset dataset : workspace.datasets().datasets()) {
                MessageDigest digest = sha256();
                for (Column column : dataset.columns()) {
                    update(digest, column.key());
                    update(digest, column.label());
                    for (String cell : workspace.datasets().readColumn(dataset, column)) {
                        update(digest, cell);
                    }
                }
                snapshot.put(
                        dataset.name(),
                        "rows=" + dataset.rows() + " sha256=" + HexFormat.of().formatHex(digest.digest()));
            }
        }
        return snapshot;
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) (bytes.length >>> 24));
        digest.update((byte) (bytes.length >>> 16));
        digest.update((byte) (bytes.length >>> 8));
        digest.update((byte) bytes.length);
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
