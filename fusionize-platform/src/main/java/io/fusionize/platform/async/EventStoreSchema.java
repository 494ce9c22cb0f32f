package io.fusionize.platform.async;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Creates and configures the SQLite database behind an {@link EventStore}. */
final class EventStoreSchema {

    static final String PENDING = "PENDING";
    static final String IN_FLIGHT = "IN_FLIGHT";
    static final String DELIVERED_COUNTER = "delivered";

    // WAL keeps readers and the writer apart; FULL makes every commit fsync the log
    private static final List<String> PRAGMAS = List.of(
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA busy_timeout=5000");

    private static final List<String> TABLES = List.of(
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
            "INSERT OR IGNORE INTO counters (name, value) VALUES ('" + DELIVERED_COUNTER + "', 0)",
            "PRAGMA user_version=1");

    private EventStoreSchema() {
    }

    /** Sets durability options and creates missing tables; commits nothing itself. */
    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String pragma : PRAGMAS) {
                statement.execute(pragma);
            }
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String ddl : TABLES) {
                statement.execute(ddl);
            }
        }
    }
}
