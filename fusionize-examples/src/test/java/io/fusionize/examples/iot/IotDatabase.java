package io.fusionize.examples.iot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the IoT database through a connection of its own, as another process would. */
public final class IotDatabase {

    private static final List<String> TABLES =
            List.of("sensor_events", "sound_levels", "accident_checks", "jam_checks", "signs");

    private final Path file;

    /** @param file the database file to read */
    public IotDatabase(Path file) {
        this.file = file;
    }

    /** @return how many rows of the table match the condition */
    public long count(String table, String where) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return every row of every table, as text, in a fixed order */
    public List<String> dump() {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                dumpTable(statement, table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static void dumpTable(Statement statement, String table, List<String> rows) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3")) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder text = new StringBuilder(table);
                for (int column = 1; column <= columns; column++) {
                    text.append('|').append(row.getString(column));
                }
                rows.add(text.toString());
            }
        }
    }
}
