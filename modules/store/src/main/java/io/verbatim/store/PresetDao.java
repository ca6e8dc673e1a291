package io.verbatim.store;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.preset.Preset;
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

/** The {@code import_preset} table: one row per saved preset, keyed by its name. */
final class PresetDao {

    private static final String SELECT = "SELECT name, kind, fingerprint, mapping, saved_at FROM import_preset";

    List<Preset> findAll(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY name")) {
            return read(select);
        }
    }

    Optional<Preset> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE name = ?")) {
            select.setString(1, name);
            return read(select).stream().findFirst();
        }
    }

    /** The newest preset with this fingerprint; ties (same instant) go to the first name. */
    Optional<Preset> findByFingerprint(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                SELECT + " WHERE fingerprint = ? ORDER BY saved_at DESC, name FETCH FIRST 1 ROW ONLY")) {
            select.setString(1, fingerprint);
            return read(select).stream().findFirst();
        }
    }

    /** Inserts the preset or replaces the one of the same name. */
    void upsert(Connection connection, Preset preset) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                """
                MERGE INTO import_preset (name, kind, fingerprint, mapping, saved_at)
                KEY (name) VALUES (?, ?, ?, ?, ?)""")) {
            merge.setString(1, preset.name());
            merge.setString(2, preset.kind().name());
            merge.setString(3, preset.fingerprint());
            merge.setString(4, preset.mapping());
            merge.setObject(5, preset.savedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            merge.executeUpdate();
        }
    }

    boolean delete(Connection connection, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM import_preset WHERE name = ?")) {
            delete.setString(1, name);
            return delete.executeUpdate() == 1;
        }
    }

    private static List<Preset> read(PreparedStatement select) throws SQLException {
        List<Preset> presets = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                presets.add(new Preset(
                        rows.getString("name"),
                        DatasetKind.valueOf(rows.getString("kind")),
                        rows.getString("fingerprint"),
                        rows.getString("mapping"),
                        rows.getObject("saved_at", OffsetDateTime.class).toInstant()));
            }
        }
        return presets;
    }
}
