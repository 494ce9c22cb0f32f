package io.fusionize.monitor.internal;

import io.fusionize.protocol.fusion.FunctionNaming;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Prepares queries restricted to one setup version of one application. */
final class VersionQueries {

    /**
     * The condition on the {@code invocations} view. Reports carry no application; their function
     * name {@code APP-ENTRY} says which one they belong to.
     */
    static final String OF_VERSION = " WHERE setup_version = ? AND (application = ? "
            + "OR (application IS NULL AND substr(function_name, 1, ?) = ?))";

    private VersionQueries() {
    }

    /**
     * @param connection the connection to prepare on
     * @param sql a query whose first two parameters are the application and the setup version
     * @param application the application's name
     * @param version the setup version
     * @return the statement with both parameters bound
     * @throws SQLException when the query cannot be prepared
     */
    static PreparedStatement prepare(Connection connection, String sql, String application, int version)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, application);
        statement.setInt(2, version);
        return statement;
    }

    /**
     * @param connection the connection to prepare on
     * @param sql a query on the {@code invocations} view that ends with {@link #OF_VERSION}
     * @param application the application's name
     * @param version the setup version
     * @return the statement with the condition's parameters bound
     * @throws SQLException when the query cannot be prepared
     */
    static PreparedStatement prepareForInvocations(Connection connection, String sql, String application,
                                                   int version) throws SQLException {
        // Every function of the application is named with this prefix.
        String prefix = application + FunctionNaming.SEPARATOR;
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setInt(1, version);
        statement.setString(2, application);
        statement.setInt(3, prefix.length());
        statement.setString(4, prefix);
        return statement;
    }
}
