package io.fusionize.monitor.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The trace store's tables. Records and reports are kept apart and joined when read, so they may
 * arrive in any order; the {@code invocations} view is that join, plus reports whose record never
 * came (a process killed by a timeout writes none).
 */
public final class Schema {

    private static final List<String> STATEMENTS = List.of(
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

    private Schema() {
    }

    /**
     * Creates whatever part of the schema is missing; safe on an existing store.
     *
     * @param connection an open connection to the store
     * @throws SQLException when the database refuses a statement
     */
    public static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        }
    }
}
