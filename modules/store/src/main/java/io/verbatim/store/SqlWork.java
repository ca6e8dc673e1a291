package io.verbatim.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work run inside one transaction by {@link WorkspaceDatabase#inTransaction}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
