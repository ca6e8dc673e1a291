package io.verbatim.store;

import io.verbatim.domain.dashboard.SavedView;
import io.verbatim.domain.port.SavedViewRepository;
import io.verbatim.domain.score.Metric;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SavedViewRepository} over the {@code saved_view} and {@code saved_view_value} tables; each call is one short
 * transaction, and saving a view under a taken name replaces it whole.
 */
final class H2SavedViewRepository implements SavedViewRepository {

    private static final String SELECT = "SELECT view_id, dataset_name, view_name, metric, breakdown_column,"
            + " period_from, period_to, saved_at FROM saved_view WHERE dataset_name = ?";

    private final WorkspaceDatabase database;

    H2SavedViewRepository(WorkspaceDatabase database) {
        this.database = database;
    }

    @Override
    public List<SavedView> views(String dataset) {
        return database.inTransaction("list the saved views", c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT + " ORDER BY LOWER(view_name), view_name")) {
                select.setString(1, dataset);
                return read(c, select);
            }
        });
    }

    @Override
    public Optional<SavedView> view(String dataset, String name) {
        return database.inTransaction("read a saved view", c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT + " AND view_name = ?")) {
                select.setString(1, dataset);
                select.setString(2, name.strip());
                return read(c, select).stream().findFirst();
            }
        });
    }

    @Override
    public void save(SavedView view) {
        database.inTransaction("save the view " + view.name(), c -> {
            delete(c, view.dataset(), view.name());
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    """
                    INSERT INTO saved_view
                        (dataset_name, view_name, metric, breakdown_column, period_from, period_to, saved_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, view.dataset());
                insert.setString(2, view.name());
                insert.setString(3, view.metric().wireName());
                insert.setString(4, view.breakdown());
                insert.setObject(5, view.from());
                insert.setObject(6, view.to());
                insert.setObject(
                        7, view.savedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertValues(c, id, view.segments());
            return null;
        });
    }

    @Override
    public boolean delete(String dataset, String name) {
        return database.inTransaction("delete the view " + name, c -> delete(c, dataset, name));
    }

    private static boolean delete(Connection c, String dataset, String name) throws SQLException {
        try (PreparedStatement delete =
                c.prepareStatement("DELETE FROM saved_view WHERE dataset_name = ? AND view_name = ?")) {
            delete.setString(1, dataset);
            delete.setString(2, name.strip());
            return delete.executeUpdate() == 1;
        }
    }

    private static void insertValues(Connection c, long id, Map<String, List<String>> segments) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO saved_view_value (view_id, position, column_key, filter_value) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<String, List<String>> segment : segments.entrySet()) {
                for (String value : segment.getValue()) {
                    insert.setLong(1, id);
                    insert.setInt(2, position++);
                    insert.setString(3, segment.getKey());
                    insert.setString(4, value);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static List<SavedView> read(Connection c, PreparedStatement select) throws SQLException {
        List<SavedView> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new SavedView(
                        rows.getString(2),
                        rows.getString(3),
                        Metric.fromWire(rows.getString(4)),
                        rows.getString(5),
                        rows.getObject(6, LocalDate.class),
                        rows.getObject(7, LocalDate.class),
                        values(c, rows.getLong(1)),
                        rows.getObject(8, OffsetDateTime.class).toInstant()));
            }
        }
        return found;
    }

    private static Map<String, List<String>> values(Connection c, long id) throws SQLException {
        Map<String, List<String>> segments = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT column_key, filter_value FROM saved_view_value WHERE view_id = ? ORDER BY position")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    segments.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        return segments;
    }
}
