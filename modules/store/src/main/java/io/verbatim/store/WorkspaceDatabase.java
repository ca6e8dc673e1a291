package io.verbatim.store;

import io.verbatim.domain.port.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database of one workspace and the transactions run on it.
 *
 * <p>The URL settings are the durability decisions of docs/decisions/0004-h2-and-flyway.md:
 *
 * <ul>
 *   <li>{@code WRITE_DELAY=0}: every commit is written to the file before {@code commit()} returns. H2's default
 *       (500 ms) lets a killed process lose commits it already reported; our commits are few and large, so the cost is
 *       nil.
 *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2's shutdown hook would otherwise close the database under an import that is
 *       still discarding itself. The workspace closes it; if the process dies first, committed data is on disk and
 *       unfinished imports are swept at the next open.
 *   <li>{@code FILE_LOCK} stays at its default ({@code FILE}), so a second process gets "already in use" instead of
 *       writing into the same file.
 * </ul>
 *
 * <p>One connection is held for the life of the workspace: with H2's default {@code DB_CLOSE_DELAY=0} it keeps the
 * database open while pooled connections come and go.
 */
final class WorkspaceDatabase implements AutoCloseable {

    static final String FILE_NAME = "workspace";
    private static final String USER = "verbatim";
    private static final String SETTINGS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    private final Path directory;
    private final Connection anchor;
    private final JdbcConnectionPool pool;
    private final JdbcDataSource dataSource;

    private WorkspaceDatabase(Path directory, JdbcDataSource dataSource, Connection anchor) {
        this.directory = directory;
        this.dataSource = dataSource;
        this.anchor = anchor;
        this.pool = JdbcConnectionPool.create(dataSource);
    }

    static WorkspaceDatabase open(Path directory) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath() + SETTINGS);
        dataSource.setUser(USER);
        dataSource.setPassword("");
        try {
            return new WorkspaceDatabase(directory, dataSource, dataSource.getConnection());
        } catch (SQLException e) {
            throw openFailure(directory, e);
        }
    }

    /**
     * Opens and closes a throwaway in-memory database with the same settings and one query on the information schema,
     * so that the engine's classes are loaded and initialised; any failure is left for a real open to report.
     */
    static void warmUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + SETTINGS);
        dataSource.setUser(USER);
        dataSource.setPassword("");
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES")) {
            tables.next();
        } catch (SQLException e) {
            // Nothing to do: the workspace's own open says what is wrong, with the path.
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in its own transaction on a pooled connection; {@code what} completes "Could not ...". */
    <T> T inTransaction(String what, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return inTransaction(connection, what, work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs {@code work} in a transaction on a connection the caller keeps (an import holds one for its life). */
    <T> T inTransaction(Connection connection, String what, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** A connection for work that spans several transactions; the caller closes it. */
    Connection borrow() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw failure("open a connection to the workspace", e);
        }
    }

    StoreException failure(String what, SQLException e) {
        return new StoreException("Could not " + what + " in the workspace at " + directory + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        pool.dispose();
        try {
            anchor.close();
        } catch (SQLException e) {
            throw failure("close the database", e);
        }
    }

    private static StoreException openFailure(Path directory, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
                new StoreException(
                        "The workspace at " + directory
                                + " is open in another Verbatim window (or another program); close it there first",
                        e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                new StoreException(
                        directory.resolve(FILE_NAME + ".mv.db")
                                + " is not a Verbatim workspace, or it is damaged; choose another folder or restore a backup",
                        e);
            default -> new StoreException("Could not open the workspace at " + directory + ": " + e.getMessage(), e);
        };
    }
}
