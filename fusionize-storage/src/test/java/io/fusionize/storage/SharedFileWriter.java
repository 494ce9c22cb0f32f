package io.fusionize.storage;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;

/** A separate process's writer: inserts a range of rows into a shared database file. */
public final class SharedFileWriter {

    static final List<String> SCHEMA =
            List.of("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, writer TEXT NOT NULL)");

    private SharedFileWriter() {
    }

    /** Arguments: database file, first id, row count, writer name. */
    public static void main(String[] args) {
        try (SqliteDatabase database = new SqliteDatabase(Path.of(args[0]), SCHEMA)) {
            write(database, Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3]);
        }
    }

    static void write(SqliteDatabase database, int firstId, int count, String writer) {
        for (int id = firstId; id < firstId + count; id++) {
            int key = id;
            database.execute(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("INSERT INTO rows VALUES (?, ?)")) {
                    statement.setInt(1, key);
                    statement.setString(2, writer);
                    return statement.executeUpdate();
                }
            });
        }
    }
}
