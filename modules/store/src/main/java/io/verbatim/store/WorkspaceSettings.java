package io.verbatim.store;

import io.verbatim.domain.port.SettingsRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link SettingsRepository} over the {@code workspace_setting} table (V5): the workspace's own settings, such as
 * whether personal data is masked on export and before sync. Each call is one short transaction.
 */
final class WorkspaceSettings implements SettingsRepository {

    private static final int MAX_KEY = 200;
    private static final int MAX_VALUE = 4000;

    private final WorkspaceDatabase database;

    WorkspaceSettings(WorkspaceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<String> get(String key) {
        return database.inTransaction("read the setting " + key, c -> {
            try (PreparedStatement select =
                    c.prepareStatement("SELECT setting_value FROM workspace_setting WHERE setting_key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public Map<String, String> all() {
        return database.inTransaction("list the workspace settings", c -> {
            Map<String, String> settings = new TreeMap<>();
            try (PreparedStatement select =
                            c.prepareStatement("SELECT setting_key, setting_value FROM workspace_setting");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    settings.put(rows.getString(1), rows.getString(2));
                }
            }
            return settings;
        });
    }

    @Override
    public void set(String key, String value) {
        Objects.requireNonNull(value, "value");
        if (key == null || key.isBlank() || key.length() > MAX_KEY || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("a setting key is 1-" + MAX_KEY + " characters and its value at most "
                    + MAX_VALUE + "; got key '" + key + "'");
        }
        database.inTransaction("save the setting " + key, c -> {
            try (PreparedStatement merge = c.prepareStatement(
                    "MERGE INTO workspace_setting (setting_key, setting_value, changed_at) KEY (setting_key)"
                            + " VALUES (?, ?, ?)")) {
                merge.setString(1, key);
                merge.setString(2, value);
                merge.setObject(3, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
                merge.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean reset(String key) {
        return database.inTransaction("reset the setting " + key, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM workspace_setting WHERE setting_key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate() > 0;
            }
        });
    }
}
