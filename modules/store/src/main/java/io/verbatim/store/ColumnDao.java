package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Question;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code dataset_column} and {@code scale_label} tables: a dataset's columns and their question properties. */
final class ColumnDao {

    private static final String SELECT_COLUMNS =
            """
            SELECT c.dataset_id, c.position, c.col_key, c.label, c.value_type,
                   c.role, c.scale_min, c.scale_max, c.direction
            FROM dataset_column c""";
    private static final String SELECT_LABELS =
            """
            SELECT l.dataset_id, l.position, l.label, l.code
            FROM scale_label l""";
    private static final String OF_READY = " JOIN dataset d ON d.id = %s.dataset_id WHERE d.status = 'READY'";

    private final ColumnRowMapper mapper = new ColumnRowMapper();

    void insert(Connection connection, long datasetId, List<Column> columns) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO dataset_column
                    (dataset_id, position, col_key, label, value_type, role, scale_min, scale_max, direction)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Column column : columns) {
                insert.setLong(1, datasetId);
                insert.setInt(2, column.position());
                insert.setString(3, column.key());
                insert.setString(4, column.label());
                insert.setString(5, column.type().name());
                bindQuestion(insert, 6, column.question());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        for (Column column : columns) {
            insertLabels(connection, datasetId, column);
        }
    }

    /** Replaces all columns of a dataset (and their scale labels) with {@code columns}. */
    void replaceAll(Connection connection, long datasetId, List<Column> columns) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM dataset_column WHERE dataset_id = ?")) {
            delete.setLong(1, datasetId);
            delete.executeUpdate();
        }
        insert(connection, datasetId, columns);
    }

    /** Replaces the question properties of the column at {@code column.position()}; false if there is none. */
    boolean updateQuestion(Connection connection, long datasetId, Column column) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                """
                UPDATE dataset_column SET role = ?, scale_min = ?, scale_max = ?, direction = ?
                WHERE dataset_id = ? AND position = ?""")) {
            bindQuestion(update, 1, column.question());
            update.setLong(5, datasetId);
            update.setInt(6, column.position());
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM scale_label WHERE dataset_id = ? AND position = ?")) {
            delete.setLong(1, datasetId);
            delete.setInt(2, column.position());
            delete.executeUpdate();
        }
        insertLabels(connection, datasetId, column);
        return true;
    }

    List<Column> findForDataset(Connection connection, long datasetId) throws SQLException {
        Map<Long, List<Column>> found = find(
                connection,
                SELECT_COLUMNS + " WHERE c.dataset_id = ?",
                SELECT_LABELS + " WHERE l.dataset_id = ?",
                datasetId);
        return found.getOrDefault(datasetId, List.of());
    }

    /** Columns of every READY dataset, keyed by dataset id, in position order. */
    Map<Long, List<Column>> findForReadyDatasets(Connection connection) throws SQLException {
        return find(
                connection, SELECT_COLUMNS + OF_READY.formatted("c"), SELECT_LABELS + OF_READY.formatted("l"), null);
    }

    private Map<Long, List<Column>> find(Connection connection, String columnSql, String labelSql, Long datasetId)
            throws SQLException {
        Map<ColumnRef, Map<String, Integer>> labels = new HashMap<>();
        try (PreparedStatement select = prepare(connection, labelSql, datasetId);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                labels.computeIfAbsent(new ColumnRef(rows.getLong(1), rows.getInt(2)), k -> new HashMap<>())
                        .put(rows.getString(3), rows.getInt(4));
            }
        }
        Map<Long, List<Column>> columns = new LinkedHashMap<>();
        try (PreparedStatement select =
                        prepare(connection, columnSql + " ORDER BY c.dataset_id, c.position", datasetId);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ColumnRef ref = new ColumnRef(rows.getLong("dataset_id"), rows.getInt("position"));
                columns.computeIfAbsent(ref.datasetId(), k -> new ArrayList<>())
                        .add(mapper.map(rows, labels.getOrDefault(ref, Map.of())));
            }
        }
        return columns;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Long datasetId) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (datasetId != null) {
            statement.setLong(1, datasetId);
        }
        return statement;
    }

    private static void bindQuestion(PreparedStatement statement, int first, Question question) throws SQLException {
        if (question == null) {
            statement.setNull(first, Types.VARCHAR);
            statement.setNull(first + 1, Types.INTEGER);
            statement.setNull(first + 2, Types.INTEGER);
            statement.setNull(first + 3, Types.VARCHAR);
            return;
        }
        statement.setString(first, question.role().name());
        statement.setInt(first + 1, question.scale().min());
        statement.setInt(first + 2, question.scale().max());
        statement.setString(first + 3, question.direction().name());
    }

    private static void insertLabels(Connection connection, long datasetId, Column column) throws SQLException {
        if (column.question() == null || column.question().scale().labels().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO scale_label (dataset_id, position, label, code) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, Integer> label :
                    column.question().scale().labels().entrySet()) {
                insert.setLong(1, datasetId);
                insert.setInt(2, column.position());
                insert.setString(3, label.getKey());
                insert.setInt(4, label.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private record ColumnRef(long datasetId, int position) {}
}
