package io.fusionize.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SqliteDatabaseTests {

    private static final List<String> SCHEMA =
            List.of("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");

    @TempDir
    Path directory;

    private SqliteDatabase database;

    @BeforeEach
    void openDatabase() {
        database = new SqliteDatabase(directory.resolve("nested/app.db"), SCHEMA);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void createsTheFileAndSchemaOnFirstUse() {
        assertThat(directory.resolve("nested/app.db")).doesNotExist();
        insert(1, "first");
        assertThat(directory.resolve("nested/app.db")).exists();
    }

    @Test
    void writesAreVisibleFromASecondConnection() throws SQLException {
        insert(7, "seven");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + database.file());
                Statement statement = other.createStatement();
                ResultSet row = statement.executeQuery("SELECT name FROM items WHERE id = 7")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("seven");
        }
    }

    @Test
    void usesWriteAheadLogging() {
        String mode = database.execute(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("PRAGMA journal_mode")) {
                row.next();
                return row.getString(1);
            }
        });
        assertThat(mode).isEqualToIgnoringCase("wal");
    }

    @Test
    void reusesOneConnection() {
        Connection first = database.execute(connection -> connection);
        Connection second = database.execute(connection -> connection);
        assertThat(second).isSameAs(first);
    }

    @Test
    void reopensAfterClose() {
        insert(1, "before");
        database.close();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void servesManyThreadsAtOnce() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int id = 0; id < 100; id++) {
            int key = id;
            pool.execute(() -> insert(key, "item" + key));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(count()).isEqualTo(100);
    }

    @Test
    void rollsBackAFailedTransaction() {
        assertThatThrownBy(() -> database.inTransaction(connection -> {
            insertWith(connection, 1, "kept only if committed");
            throw new IllegalStateException("abort");
        })).hasMessage("abort");
        assertThat(count()).isZero();
    }

    @Test
    void namesTheFileInErrors() {
        assertThatThrownBy(() -> database.execute(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute("SELECT * FROM missing_table");
            }
        })).isInstanceOf(StorageException.class)
                .hasMessageContaining(database.file().toString())
                .hasMessageContaining("missing_table");
    }

    private void insert(int id, String name) {
        database.execute(connection -> insertWith(connection, id, name));
    }

    private static int insertWith(Connection connection, int id, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("INSERT INTO items VALUES (" + id + ", '" + name + "')");
        }
    }

    private int count() {
        return database.execute(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM items")) {
                row.next();
                return row.getInt(1);
            }
        });
    }
}
