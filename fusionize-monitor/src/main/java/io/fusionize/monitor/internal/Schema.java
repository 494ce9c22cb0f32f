package io.fusionize.monitor.internal;

import io.fusionize.monitor.TraceStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The trace store's tables. Records and reports are kept apart and joined when read, so they may
 * arrive in any order; the {@code invocations} view is that join, plus reports whose record never
 * came (a process killed by a timeout writes none).
 *
 * <p>The layout is versioned with SQLite's {@code PRAGMA user_version}: opening a store brings it
 * up to {@link #CURRENT_VERSION} in one transaction, and refuses a store written by a newer
 * version.
 */
public final class Schema {

    /** The schema version this code creates and reads. */
    public static final int CURRENT_VERSION = 2;

    // Version 1 is also the layout of stores from before versions were recorded (user_version 0);
    // IF NOT EXISTS lets the same statements adopt such a store in place, keeping its rows.
    private static final List<String> VERSION_1 = List.of(
            """
            CREATE TABLE IF NOT EXISTS records (
              invocation_id TEXT PRIMARY KEY, application TEXT NOT NULL, function_name TEXT,
              entry_task TEXT, setup_version INTEGER NOT NULL, trace_id TEXT, parent_invocation_id TEXT,
              root INTEGER NOT NULL, cold_start INTEGER NOT NULL, memory_mb INTEGER,
              start_ms INTEGER, end_ms INTEGER, outcome TEXT, error_type TEXT, error_message TEXT)""",
            """
            CREATE TABLE IF NOT EXISTS calls (
              invocation_id TEXT NOT NULL, seq INTEGER NOT NULL, caller_task TEXT, callee TEXT NOT NULL,
              sync INTEGER NOT NULL, local INTEGER NOT NULL, duration_micros INTEGER, bytes_in INTEGER,
              bytes_out INTEGER, error_type TEXT, PRIMARY KEY (invocation_id, seq))""",
            """
            CREATE TABLE IF NOT EXISTS task_timings (
              invocation_id TEXT NOT NULL, seq INTEGER NOT NULL, task TEXT NOT NULL,
              wall_micros INTEGER, cpu_micros INTEGER, PRIMARY KEY (invocation_id, seq))""",
            """
            CREATE TABLE IF NOT EXISTS reports (
              request_id TEXT PRIMARY KEY, function_name TEXT NOT NULL, version TEXT, setup_version INTEGER,
              memory_mb INTEGER, invocation_type TEXT, cold_start INTEGER NOT NULL, duration_ms REAL,
              billed_ms INTEGER, init_ms REAL, max_memory_mb REAL, cost_usd REAL, outcome TEXT,
              error_type TEXT, start_ms INTEGER, end_ms INTEGER, cpu_enforced INTEGER,
              memory_enforced INTEGER, oversubscribed INTEGER)""",
            """
            CREATE TABLE IF NOT EXISTS client_latencies (
              id INTEGER PRIMARY KEY AUTOINCREMENT, application TEXT NOT NULL, setup_version INTEGER NOT NULL,
              trace_id TEXT, request_id TEXT, latency_ms REAL NOT NULL, success INTEGER NOT NULL,
              epoch_ms INTEGER)""",
            "CREATE INDEX IF NOT EXISTS records_by_version ON records (application, setup_version)",
            "CREATE INDEX IF NOT EXISTS records_by_trace ON records (trace_id)",
            "CREATE INDEX IF NOT EXISTS reports_by_version ON reports (setup_version)",
            "CREATE INDEX IF NOT EXISTS client_by_version ON client_latencies (application, setup_version)",
            """
            CREATE VIEW IF NOT EXISTS invocations AS
            SELECT r.invocation_id, r.application, COALESCE(p.function_name, r.function_name) AS function_name,
                   r.entry_task, r.setup_version, r.trace_id, r.root,
                   COALESCE(p.cold_start, r.cold_start) AS cold_start,
                   COALESCE(p.memory_mb, r.memory_mb) AS memory_mb,
                   COALESCE(p.duration_ms, r.end_ms - r.start_ms) AS duration_ms,
                   p.billed_ms, p.max_memory_mb, p.cost_usd,
                   (COALESCE(r.outcome, 'SUCCESS') <> 'SUCCESS' OR COALESCE(p.outcome, 'Success') <> 'Success') AS failed,
                   COALESCE(p.error_type, r.error_type) AS error_type,
                   p.request_id IS NOT NULL AS reported
            FROM records r LEFT JOIN reports p ON p.request_id = r.invocation_id
            UNION ALL
            SELECT p.request_id, NULL, p.function_name, NULL, p.setup_version, NULL, 0, p.cold_start,
                   p.memory_mb, p.duration_ms, p.billed_ms, p.max_memory_mb, p.cost_usd,
                   COALESCE(p.outcome, 'Success') <> 'Success', p.error_type, 1
            FROM reports p
            WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.invocation_id = p.request_id)""");

    // Version 2 keeps the invocation's process CPU time; rows from before it have none.
    private static final List<String> VERSION_2 = List.of(
            "ALTER TABLE records ADD COLUMN cpu_micros INTEGER",
            "DROP VIEW IF EXISTS invocations",
            """
            CREATE VIEW invocations AS
            SELECT r.invocation_id, r.application, COALESCE(p.function_name, r.function_name) AS function_name,
                   r.entry_task, r.setup_version, r.trace_id, r.root,
                   COALESCE(p.cold_start, r.cold_start) AS cold_start,
                   COALESCE(p.memory_mb, r.memory_mb) AS memory_mb,
                   COALESCE(p.duration_ms, r.end_ms - r.start_ms) AS duration_ms,
                   p.billed_ms, p.max_memory_mb, p.cost_usd,
                   (COALESCE(r.outcome, 'SUCCESS') <> 'SUCCESS' OR COALESCE(p.outcome, 'Success') <> 'Success') AS failed,
                   COALESCE(p.error_type, r.error_type) AS error_type,
                   p.request_id IS NOT NULL AS reported, r.cpu_micros
            FROM records r LEFT JOIN reports p ON p.request_id = r.invocation_id
            UNION ALL
            SELECT p.request_id, NULL, p.function_name, NULL, p.setup_version, NULL, 0, p.cold_start,
                   p.memory_mb, p.duration_ms, p.billed_ms, p.max_memory_mb, p.cost_usd,
                   COALESCE(p.outcome, 'Success') <> 'Success', p.error_type, 1, NULL
            FROM reports p
            WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.invocation_id = p.request_id)""");

    // Entry i takes a store from version i to version i + 1; append, never edit, to add a version.
    private static final List<List<String>> MIGRATIONS = List.of(VERSION_1, VERSION_2);

    private Schema() {
    }

    /**
     * Brings the store up to {@link #CURRENT_VERSION}, creating it when empty; safe on a current
     * store. Runs in its own transaction, so call it while the connection is in auto-commit mode.
     *
     * @param connection an open connection to the store, in auto-commit mode
     * @throws SQLException when the database refuses a statement; nothing is changed then
     * @throws TraceStoreException when the store was written by a newer schema version
     */
    public static void apply(Connection connection) throws SQLException {
        migrate(connection, MIGRATIONS);
    }

    /**
     * Runs the migrations a store lacks, all in one transaction, and records the version reached.
     *
     * @param connection an open connection to the store, in auto-commit mode
     * @param migrations entry i takes a store from version i to version i + 1
     * @throws SQLException when the database refuses a statement; nothing is changed then
     * @throws TraceStoreException when the store's version is newer than {@code migrations} reach
     */
    static void migrate(Connection connection, List<List<String>> migrations) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // IMMEDIATE takes the write lock up front, so two processes opening one store cannot both migrate it
            statement.execute("BEGIN IMMEDIATE");
            try {
                migrateInTransaction(statement, migrations);
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(statement, e);
                throw e;
            }
        }
    }

    private static void migrateInTransaction(Statement statement, List<List<String>> migrations)
            throws SQLException {
        int found = userVersion(statement);
        int target = migrations.size();
        if (found > target) {
            throw new TraceStoreException("the trace store " + databaseFile(statement) + " has schema version "
                    + found + ", but this Fusionize supports schema versions up to " + target
                    + "; open it with a newer Fusionize or use another state directory", null);
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
        try (ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String databaseFile(Statement statement) throws SQLException {
        // the connection does not know its path otherwise, and the error must name the file
        try (ResultSet rs = statement.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if ("main".equals(rs.getString("name"))) {
                    return rs.getString("file");
                }
            }
        }
        return "(unknown file)";
    }

    private static void rollback(Statement statement, Exception failure) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
