package io.verbatim.store;

import io.verbatim.domain.port.CorrectionRepository;
import io.verbatim.domain.text.SentimentCorrection;
import io.verbatim.domain.text.TextHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link CorrectionRepository} over the {@code sentiment_correction} table; each call is one short transaction. */
final class H2CorrectionRepository implements CorrectionRepository {

    private static final String SELECT =
            "SELECT body, language, label, dataset_name, corrected_at FROM sentiment_correction";

    private final WorkspaceDatabase database;

    H2CorrectionRepository(WorkspaceDatabase database) {
        this.database = database;
    }

    @Override
    public List<SentimentCorrection> corrections() {
        return database.inTransaction("list the sentiment corrections", c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT + " ORDER BY corrected_at, text_hash")) {
                return read(select);
            }
        });
    }

    @Override
    public Optional<SentimentCorrection> correction(String text) {
        return database.inTransaction("read a sentiment correction", c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE text_hash = ?")) {
                select.setString(1, hash(text));
                return read(select).stream().findFirst();
            }
        });
    }

    @Override
    public void save(SentimentCorrection correction) {
        database.inTransaction("save a sentiment correction", c -> {
            try (PreparedStatement merge = c.prepareStatement(
                    """
                    MERGE INTO sentiment_correction
                        (text_hash, body, language, label, dataset_name, corrected_at)
                    KEY (text_hash) VALUES (?, ?, ?, ?, ?, ?)""")) {
                merge.setString(1, hash(correction.text()));
                merge.setString(2, correction.text());
                merge.setString(3, correction.language());
                merge.setString(4, correction.label());
                merge.setString(5, correction.dataset());
                merge.setObject(
                        6,
                        correction.correctedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
                merge.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean delete(String text) {
        return database.inTransaction("remove a sentiment correction", c -> delete(c, text));
    }

    private static boolean delete(Connection c, String text) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM sentiment_correction WHERE text_hash = ?")) {
            delete.setString(1, hash(text));
            return delete.executeUpdate() == 1;
        }
    }

    private static List<SentimentCorrection> read(PreparedStatement select) throws SQLException {
        List<SentimentCorrection> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new SentimentCorrection(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getObject(5, OffsetDateTime.class).toInstant()));
            }
        }
        return found;
    }

    /** The key of a text: the SHA-256 of its stripped UTF-8 bytes, in hex. */
    static String hash(String text) {
        return TextHash.sha256(text.strip());
    }
}
