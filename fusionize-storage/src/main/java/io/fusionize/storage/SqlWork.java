package io.fusionize.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements to run on a database's connection, with the connection held exclusively.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * @param connection the open connection; in auto-commit mode unless the work changes it
     * @return the work's result
     * @throws SQLException when a statement fails
     */
    T run(Connection connection) throws SQLException;
}
