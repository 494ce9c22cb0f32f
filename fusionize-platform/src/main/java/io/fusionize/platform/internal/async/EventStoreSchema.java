package io.fusionize.platform.internal.async;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates, configures and upgrades the SQLite database behind an {@link EventStore}.
 *
 * <p>The layout is versioned with SQLite's {@code PRAGMA user_version}: opening a database brings
 * it up to {@link #CURRENT_VERSION} in one transaction, and refuses one written by a newer version.
 */
final class EventStoreSchema {

    /** The schema version this code creates and reads. */
    static final int CURRENT_VERSION = 1;

    static final String PENDING = "PENDING";
    static final String IN_FLIGHT = "IN_FLIGHT";
    static final String DELIVERED_COUNTER = "delivered";

    // WAL keeps readers and the writer apart; FULL makes every commit fsync the log
    private static final List<String> PRAGMAS = List.of(
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA busy_timeout=5000");

    // Version 1 is also the layout of databases from before versions were recorded (user_version 0);
    // IF NOT EXISTS and OR IGNORE let the same statements adopt such a database in place.
    private static final List<String> VERSION_1 = List.of(
            """
            CREATE TABLE IF NOT EXISTS events (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              id TEXT NOT NULL UNIQUE,
              function_name TEXT NOT NULL,
              qualifier TEXT,
              payload BLOB NOT NULL,
              accepted_at INTEGER NOT NULL,
              state TEXT NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              throttles INTEGER NOT NULL DEFAULT 0,
              next_attempt_at INTEGER NOT NULL,
              last_error_type TEXT,
              last_error_message TEXT)""",
            "CREATE INDEX IF NOT EXISTS events_due ON events(state, next_attempt_at)",
            "CREATE INDEX IF NOT EXISTS events_age ON events(state, accepted_at)",
            """
            CREATE TABLE IF NOT EXISTS dead_letters (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              id TEXT NOT NULL UNIQUE,
              function_name TEXT NOT NULL,
              qualifier TEXT,
              payload BLOB NOT NULL,
              accepted_at INTEGER NOT NULL,
              attempts INTEGER NOT NULL,
              last_error_type TEXT,
              last_error_message TEXT,
              reason TEXT NOT NULL,
              dead_at INTEGER NOT NULL)""",
            "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "INSERT OR IGNORE INTO counters (name, value) VALUES ('" + DELIVERED_COUNTER + "', 0)");

    // Entry i takes a database from version i to version i + 1; append, never edit, to add a version.
    private static final List<List<String>> MIGRATIONS = List.of(VERSION_1);

    private EventStoreSchema() {
    }

    /**
     * Sets durability options, brings the schema up to {@link #CURRENT_VERSION} in its own
     * committed transaction, and leaves the connection in manual-commit mode.
     *
     * @param connection a new connection, in auto-commit mode
     * @param file the database file, named in errors
     * @throws SQLException when the database refuses a statement; the schema is unchanged then
     * @throws IllegalStateException when the database was written by a newer schema version
     */
    static void apply(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String pragma : PRAGMAS) {
                statement.execute(pragma);
            }
        }
        migrate(connection, file, MIGRATIONS);
        connection.setAutoCommit(false);
    }

    /**
     * Runs the migrations a database lacks, all in one transaction, and records the version reached.
     *
     * @param connection a connection in auto-commit mode
     * @param file the database file, named in errors
     * @param migrations entry i takes a database from version i to version i + 1
     * @throws SQLException when the database refuses a statement; nothing is changed then
     * @throws IllegalStateException when the database's version is newer than {@code migrations} reach
     */
    static void migrate(Connection connection, Path file, List<List<String>> migrations)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // IMMEDIATE takes the write lock up front, so no other writer can slip in between read and upgrade
            statement.execute("BEGIN IMMEDIATE");
            try {
                migrateInTransaction(statement, file, migrations);
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(statement, e);
                throw e;
            }
        }
    }

    private static void migrateInTransaction(Statement statement, Path file,
            List<List<String>> migrations) throws SQLException {
        int found = userVersion(statement);
        int target = migrations.size();
        if (found > target) {
            throw new IllegalStateException("Async event store " + file + " has schema version "
                    + found + ", but this Fusionize supports schema versions up to " + target
                    + "; open it with a newer Fusionize or use another state directory");
        }
        for (int version = found; version < target; version++) {
            for (String sql : migrations.get(version)) {
                statement.execute(sql);
            }
        }
        if (found != target) {
            statement.execute("PRAGMA user_version = " + target);
        }
    }

    private static int userVersion(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void rollback(Statement statement, Exception failure) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
