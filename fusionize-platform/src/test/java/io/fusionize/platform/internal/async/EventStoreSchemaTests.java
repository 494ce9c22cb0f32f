package io.fusionize.platform.internal.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.platform.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EventStoreSchemaTests {

    // Schema version 1 exactly as databases written before user_version was checked hold it;
    // kept apart from the code under test so that a change there cannot hide a broken upgrade.
    private static final List<String> VERSION_1_DDL = List.of(
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
            "INSERT OR IGNORE INTO counters (name, value) VALUES ('delivered', 0)");

    private static final List<String> VERSION_1_ROWS = List.of(
            "INSERT INTO events (id, function_name, qualifier, payload, accepted_at, state, attempts, "
                    + "throttles, next_attempt_at, last_error_type, last_error_message) VALUES "
                    + "('e1', 'iot-I', NULL, X'7B7D', 1000, 'PENDING', 2, 1, 1500, 'Timeout', 'slow')",
            "INSERT INTO dead_letters (id, function_name, qualifier, payload, accepted_at, attempts, "
                    + "last_error_type, last_error_message, reason, dead_at) VALUES "
                    + "('d1', 'iot-CW', '3', X'01', 900, 5, 'Boom', 'broke', 'RETRIES_EXHAUSTED', 2000)",
            "UPDATE counters SET value = 7 WHERE name = 'delivered'");

    @TempDir
    Path directory;

    @ParameterizedTest(name = "stored user_version {0}")
    @ValueSource(ints = {0, 1})
    void upgradesAVersion1DatabaseInPlaceKeepingItsRows(int storedUserVersion) throws SQLException {
        Path file = directory.resolve("events.db");
        execute(file, VERSION_1_DDL);
        execute(file, VERSION_1_ROWS);
        execute(file, List.of("PRAGMA user_version = " + storedUserVersion));

        try (EventStore store = EventStore.open(file)) {
            assertThat(store.stats()).isEqualTo(new QueueStats(1, 0, 7, 1));
            assertThat(store.deadLetters()).singleElement().satisfies(letter -> {
                assertThat(letter.eventId()).isEqualTo("d1");
                assertThat(letter.qualifier()).isEqualTo("3");
                assertThat(letter.reason()).isEqualTo(DeadLetterReason.RETRIES_EXHAUSTED);
                assertThat(letter.deadAt().toEpochMilli()).isEqualTo(2000);
            });
            assertThat(store.claimNext(1500, 0)).get().satisfies(event -> {
                assertThat(event.id()).isEqualTo("e1");
                assertThat(event.payload()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
                assertThat(event.attempts()).isEqualTo(2);
                assertThat(event.lastErrorMessage()).isEqualTo("slow");
            });
        }
        assertThat(userVersion(file)).isEqualTo(EventStoreSchema.CURRENT_VERSION);
    }

    @Test
    void createsAFreshDatabaseAtTheCurrentVersion() throws SQLException {
        Path file = directory.resolve("events.db");

        try (EventStore store = EventStore.open(file)) {
            store.insert("e1", "iot-I", null, new byte[] {1}, 1000);
            assertThat(store.stats()).isEqualTo(new QueueStats(1, 0, 0, 0));
        }

        assertThat(userVersion(file)).isEqualTo(EventStoreSchema.CURRENT_VERSION);
    }

    @Test
    void refusesADatabaseWrittenByANewerVersionAndLeavesItAlone() throws SQLException {
        Path file = directory.resolve("events.db");
        int newer = EventStoreSchema.CURRENT_VERSION + 1;
        execute(file, List.of("CREATE TABLE future (x INTEGER)", "PRAGMA user_version = " + newer));

        assertThatThrownBy(() -> EventStore.open(file).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema version " + newer)
                .hasMessageContaining("up to " + EventStoreSchema.CURRENT_VERSION)
                .hasNoCause();
        assertThat(userVersion(file)).isEqualTo(newer);
        assertThat(tableExists(file, "events")).isFalse();
    }

    @Test
    void rollsBackEveryStepOfAMigrationThatFails() throws SQLException {
        Path file = directory.resolve("events.db");
        List<List<String>> migrations = List.of(
                List.of("CREATE TABLE first (x INTEGER)"),
                List.of("CREATE TABLE second (x INTEGER)", "INSERT INTO missing VALUES (1)"));

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThatThrownBy(() -> EventStoreSchema.migrate(connection, file, migrations))
                    .isInstanceOf(SQLException.class);
        }

        assertThat(userVersion(file)).isZero();
        assertThat(tableExists(file, "first")).isFalse();
        assertThat(tableExists(file, "second")).isFalse();
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

    private static boolean tableExists(Path file, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            return rows.getInt(1) > 0;
        }
    }
}
