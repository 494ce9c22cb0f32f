package io.fusionize.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.monitor.TaskStatistics;
import io.fusionize.monitor.TraceStore;
import io.fusionize.monitor.TraceStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SchemaTests {

    private static final String APP = "iot";

    // The layout of stores written before user_version was recorded (schema version 1), exactly;
    // kept apart from the code under test so that a change there cannot hide a broken upgrade.
    private static final List<String> VERSION_1_DDL = List.of(
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

    private static final List<String> VERSION_1_ROWS = List.of(
            "INSERT INTO records VALUES ('r1', 'iot', 'iot-I', 'I', 4, 't1', NULL, 1, 0, 512, 1000, 1040, "
                    + "'SUCCESS', NULL, NULL)",
            "INSERT INTO calls VALUES ('r1', 0, 'I', 'CW', 1, 1, 2000, 100, 10, NULL)",
            "INSERT INTO task_timings VALUES ('r1', 0, 'I', 40000, 30000)",
            "INSERT INTO reports VALUES ('r1', 'iot-I', '4', 4, 512, 'RequestResponse', 1, 42.5, 43, 250.0, "
                    + "80.0, 0.001, 'Success', NULL, 1000, 1042, 1, 1, 0)",
            "INSERT INTO client_latencies (application, setup_version, trace_id, request_id, latency_ms, "
                    + "success, epoch_ms) VALUES ('iot', 4, 't1', 'r1', 50.0, 1, 1050)");

    @TempDir
    Path directory;

    @Test
    void upgradesAnUnversionedStoreInPlaceKeepingItsRows() throws SQLException {
        Path file = directory.resolve(TraceStore.FILE_NAME);
        execute(file, VERSION_1_DDL);
        execute(file, VERSION_1_ROWS);

        try (TraceStore store = TraceStore.openFile(file)) {
            assertThat(store.versions(APP)).containsExactly(4);
            SetupStatistics stats = store.statistics(APP, 4);
            assertThat(stats.sampleSize()).isEqualTo(1);
            assertThat(stats.rootDuration().maxMs()).isEqualTo(42.5);
            assertThat(stats.clientLatency().count()).isEqualTo(1);
            assertThat(stats.coldStartRatio()).isEqualTo(1.0);
            assertThat(stats.callGraph()).singleElement().satisfies(edge -> {
                assertThat(edge.callee()).isEqualTo("CW");
                assertThat(edge.syncLocal()).isEqualTo(1);
            });

            store.acceptRecordJson(recordJson("r2", "t2"));
            store.acceptReportJson(reportJson("r2"));
            assertThat(store.statistics(APP, 4).sampleSize()).isEqualTo(2);
            assertThat(store.rejectedRows()).isZero();
        }
        assertThat(userVersion(file)).isEqualTo(Schema.CURRENT_VERSION);
    }

    @Test
    void migratesAVersion1StoreTo2AddingInvocationCpuAndKeepingItsRows() throws SQLException {
        Path file = directory.resolve(TraceStore.FILE_NAME);
        execute(file, VERSION_1_DDL);
        execute(file, VERSION_1_ROWS);
        execute(file, List.of("PRAGMA user_version = 1"));

        try (TraceStore store = TraceStore.openFile(file)) {
            FunctionStatistics old = store.statistics(APP, 4).function("I", 512).orElseThrow();
            assertThat(old.invocations()).isEqualTo(1);
            assertThat(old.cpuMeasured()).as("rows from before version 2 carry no CPU time").isZero();
            assertThat(old.tasks()).containsExactly(new TaskStatistics("I", 1, 40_000, 30_000));

            store.acceptRecordJson(recordJson("r2", "t2", 25_000));
            assertThat(store.statistics(APP, 4).function("I", 512)).get()
                    .extracting(FunctionStatistics::cpuMeasured, FunctionStatistics::medianCpuMicros)
                    .containsExactly(1L, 25_000.0);
            assertThat(store.rejectedRows()).isZero();
        }
        assertThat(userVersion(file)).isEqualTo(2);
        assertThat(cpuMicros(file, "r1")).as("the old row, kept with no CPU time").containsExactly((Long) null);
        assertThat(cpuMicros(file, "r2")).containsExactly(25_000L);
    }

    @Test
    void createsAFreshStoreAtTheCurrentVersion() throws SQLException {
        Path file = directory.resolve(TraceStore.FILE_NAME);

        try (TraceStore store = TraceStore.openFile(file)) {
            store.acceptRecordJson(recordJson("r1", "t1"));
            store.acceptReportJson(reportJson("r1"));
            assertThat(store.statistics(APP, 4).sampleSize()).isEqualTo(1);
        }

        assertThat(userVersion(file)).isEqualTo(Schema.CURRENT_VERSION);
    }

    @Test
    void reopensACurrentStoreWithoutChangingIt() throws SQLException {
        Path file = directory.resolve(TraceStore.FILE_NAME);
        try (TraceStore store = TraceStore.openFile(file)) {
            store.acceptRecordJson(recordJson("r1", "t1"));
        }

        try (TraceStore store = TraceStore.openFile(file)) {
            assertThat(store.versions(APP)).containsExactly(4);
        }

        assertThat(userVersion(file)).isEqualTo(Schema.CURRENT_VERSION);
    }

    @Test
    void refusesAStoreWrittenByANewerVersionAndLeavesItAlone() throws SQLException {
        Path file = directory.resolve(TraceStore.FILE_NAME);
        int newer = Schema.CURRENT_VERSION + 1;
        execute(file, List.of("CREATE TABLE future (x INTEGER)", "PRAGMA user_version = " + newer));

        assertThatThrownBy(() -> TraceStore.openFile(file).close())
                .isInstanceOf(TraceStoreException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("schema version " + newer)
                .hasMessageContaining("up to " + Schema.CURRENT_VERSION)
                .hasNoCause();
        assertThat(userVersion(file)).isEqualTo(newer);
        assertThat(tableExists(file, "records")).isFalse();
    }

    @Test
    void rollsBackEveryStepOfAMigrationThatFails() throws SQLException {
        Path file = directory.resolve(TraceStore.FILE_NAME);
        List<List<String>> migrations = List.of(
                List.of("CREATE TABLE first (x INTEGER)"),
                List.of("CREATE TABLE second (x INTEGER)", "INSERT INTO missing VALUES (1)"));

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThatThrownBy(() -> Schema.migrate(connection, migrations)).isInstanceOf(SQLException.class);
        }

        assertThat(userVersion(file)).isZero();
        assertThat(tableExists(file, "first")).isFalse();
        assertThat(tableExists(file, "second")).isFalse();
    }

    private static String recordJson(String invocationId, String traceId) {
        return """
                {"application": "iot", "function": "iot-I", "entryTask": "I", "setupVersion": 4,
                 "traceId": "%s", "invocationId": "%s", "root": true, "coldStart": false, "memoryMb": 512,
                 "startEpochMs": 2000, "endEpochMs": 2030, "outcome": "SUCCESS"}""".formatted(traceId, invocationId);
    }

    private static String recordJson(String invocationId, String traceId, long cpuMicros) {
        return """
                {"application": "iot", "function": "iot-I", "entryTask": "I", "setupVersion": 4,
                 "traceId": "%s", "invocationId": "%s", "root": true, "coldStart": false, "memoryMb": 512,
                 "startEpochMs": 2000, "endEpochMs": 2030, "cpuMicros": %d, "outcome": "SUCCESS"}"""
                .formatted(traceId, invocationId, cpuMicros);
    }

    private static String reportJson(String requestId) {
        return """
                {"requestId": "%s", "functionName": "iot-I", "version": "4", "memoryMb": 512,
                 "invocationType": "RequestResponse", "coldStart": false, "durationMs": 30.0,
                 "billedDurationMs": 30, "costUsd": 0.001, "outcome": "Success",
                 "startEpochMs": 2000, "endEpochMs": 2030}""".formatted(requestId);
    }

    private static void execute(Path file, List<String> statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static int userVersion(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        }
    }

    private static List<Long> cpuMicros(Path file, String invocationId) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT cpu_micros FROM records WHERE invocation_id = '" + invocationId + "'")) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                long value = rows.getLong(1);
                values.add(rows.wasNull() ? null : value);
            }
            return values;
        }
    }

    private static boolean tableExists(Path file, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            return rows.getInt(1) > 0;
        }
    }
}
