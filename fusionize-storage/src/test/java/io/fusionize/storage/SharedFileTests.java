package io.fusionize.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SharedFileTests {

    private static final int ROWS_PER_WRITER = 200;

    @TempDir
    Path directory;

    @Test
    void severalProcessesWriteOneFileAtOnce() throws Exception {
        Path file = directory.resolve("shared.db");
        List<Process> others = new ArrayList<>();
        for (int writer = 1; writer <= 2; writer++) {
            others.add(startWriter(file, writer * ROWS_PER_WRITER, "process" + writer));
        }
        try (SqliteDatabase database = new SqliteDatabase(file, SharedFileWriter.SCHEMA)) {
            SharedFileWriter.write(database, 0, ROWS_PER_WRITER, "test");
            for (Process other : others) {
                assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(other.exitValue()).as("writer exit code").isZero();
            }
            assertThat(countWriters(database)).isEqualTo(3);
            assertThat(countRows(database)).isEqualTo(3 * ROWS_PER_WRITER);
        }
    }

    private static Process startWriter(Path file, int firstId, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SharedFileWriter.class.getName(), file.toString(), String.valueOf(firstId),
                String.valueOf(ROWS_PER_WRITER), name)
                .inheritIO().start();
    }

    private static int countRows(SqliteDatabase database) {
        return single(database, "SELECT COUNT(*) FROM rows");
    }

    private static int countWriters(SqliteDatabase database) {
        return single(database, "SELECT COUNT(DISTINCT writer) FROM rows");
    }

    private static int single(SqliteDatabase database, String sql) {
        return database.execute(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getInt(1);
            }
        });
    }
}
