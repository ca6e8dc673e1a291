package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code dataset} table: one row per dataset, STAGING while its import runs and READY once committed. Only READY
 * rows are ever read back as {@link Dataset}s.
 */
final class DatasetDao {

    private static final String SELECT_READY =
            """
            SELECT id, name, kind, row_count, layout, source, imported_at
            FROM dataset WHERE status = 'READY'""";

    private final ColumnDao columns;
    private final DatasetRowMapper mapper = new DatasetRowMapper();

    DatasetDao(ColumnDao columns) {
        this.columns = columns;
    }

    /** Inserts the dataset as STAGING with its columns; returns its id. */
    long insertStaging(Connection connection, DatasetDraft draft) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO dataset (name, kind, status, layout, source)
                VALUES (?, ?, 'STAGING', ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, draft.name());
            insert.setString(2, draft.kind().name());
            insert.setString(3, draft.layout());
            insert.setString(4, draft.source());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        columns.insert(connection, id, draft.columns());
        return id;
    }

    /** The visible-or-in-progress status of a name, to tell the user which conflict they hit. */
    Optional<String> statusOf(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT status FROM dataset WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Flips a staging dataset to READY; false when it no longer exists (the workspace was closed under it). */
    boolean markReady(Connection connection, long id, long rowCount, Instant importedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                """
                UPDATE dataset SET status = 'READY', row_count = ?, imported_at = ?
                WHERE id = ? AND status = 'STAGING'""")) {
            update.setLong(1, rowCount);
            update.setObject(2, importedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            update.setLong(3, id);
            return update.executeUpdate() == 1;
        }
    }

    /** Locks a READY dataset's row for the rest of the transaction and returns its row count; empty if it is gone. */
    Optional<Long> lockReady(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT row_count FROM dataset WHERE id = ? AND status = 'READY' FOR UPDATE")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Counts {@code added} more rows in a READY dataset and stamps the time of the import that added them. */
    void addRows(Connection connection, long id, long added, Instant importedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dataset SET row_count = row_count + ?, imported_at = ? WHERE id = ? AND status = 'READY'")) {
            update.setLong(1, added);
            update.setObject(2, importedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    List<Dataset> findAllReady(Connection connection) throws SQLException {
        Map<Long, List<Column>> columnsById = columns.findForReadyDatasets(connection);
        List<Dataset> datasets = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_READY + " ORDER BY name");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                datasets.add(mapper.map(rows, columnsById.getOrDefault(rows.getLong("id"), List.of())));
            }
        }
        return datasets;
    }

    Optional<Dataset> findReady(Connection connection, String name) throws SQLException {
        return findReadyWhere(connection, "name = ?", name);
    }

    Optional<Dataset> findReady(Connection connection, long id) throws SQLException {
        return findReadyWhere(connection, "id = ?", id);
    }

    boolean isReady(Connection connection, long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM dataset WHERE id = ? AND status = 'READY'")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Deletes a dataset with its columns and chunks (the foreign keys cascade). */
    boolean delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    /** Removes every unfinished import; returns how many there were. */
    int deleteStaging(Connection connection) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            return delete.executeUpdate("DELETE FROM dataset WHERE status = 'STAGING'");
        }
    }

    private Optional<Dataset> findReadyWhere(Connection connection, String condition, Object key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_READY + " AND " + condition)) {
            select.setObject(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long id = rows.getLong("id");
                return Optional.of(mapper.map(rows, columns.findForDataset(connection, id)));
            }
        }
    }
}
