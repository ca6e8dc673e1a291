package io.verbatim.store;

import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.domain.port.StoreException;
import io.verbatim.store.journey.JourneyFormatException;
import io.verbatim.store.journey.JourneyJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link JourneyRepository} over the {@code journey_map} table: each map is one {@link JourneyJson} document. A save
 * is one transaction that writes the whole document, and the workspace commits with {@code WRITE_DELAY=0}, so when
 * {@link #save} returns the map is on disk and a killed process leaves either the old document or the new one. Saving
 * a map equal to the stored one writes nothing (its {@code updated_at} stays), so autosave may call it freely.
 */
final class H2JourneyRepository implements JourneyRepository {

    private final WorkspaceDatabase database;
    private final Clock clock;

    H2JourneyRepository(WorkspaceDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<JourneyMap> all() {
        return database.inTransaction("list the journey maps", c -> {
            try (PreparedStatement select =
                    c.prepareStatement("SELECT map_id, document FROM journey_map ORDER BY name, map_id")) {
                List<JourneyMap> maps = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        maps.add(parse(rows.getString(1), rows.getString(2)));
                    }
                }
                return maps;
            }
        });
    }

    @Override
    public Optional<JourneyMap> find(String id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction("read a journey map", c -> stored(c, id).map(json -> parse(id, json)));
    }

    @Override
    public void save(JourneyMap map) {
        String document = JourneyJson.write(map);
        database.inTransaction("save the journey map " + map.name(), c -> {
            if (stored(c, map.id()).filter(document::equals).isPresent()) {
                return null;
            }
            try (PreparedStatement merge = c.prepareStatement(
                    "MERGE INTO journey_map (map_id, name, document, updated_at) KEY (map_id) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, map.id());
                merge.setString(2, map.name());
                merge.setString(3, document);
                merge.setObject(
                        4, clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
                merge.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean delete(String id) {
        return database.inTransaction("delete a journey map", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM journey_map WHERE map_id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static Optional<String> stored(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT document FROM journey_map WHERE map_id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static JourneyMap parse(String id, String document) {
        try {
            return JourneyJson.read(document);
        } catch (JourneyFormatException e) {
            throw new StoreException(
                    "The journey map " + id + " in this workspace cannot be read: " + e.getMessage(), e);
        }
    }
}
