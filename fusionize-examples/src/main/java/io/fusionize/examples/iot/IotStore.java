package io.fusionize.examples.iot;

import io.fusionize.storage.DataDirectory;
import io.fusionize.storage.SqliteDatabase;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The IoT application's tables in its SQLite file.
 *
 * <p>Every write is keyed by values derived from the request's seed and replaces an earlier row of
 * the same key, so that a retried or duplicated (at-least-once) task leaves the same state.
 */
public final class IotStore implements AutoCloseable {

    /** The application's database file name, without directory. */
    public static final String APPLICATION_NAME = "iot";

    /** The statements that create the tables on first use. */
    public static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS sensor_events (event_id TEXT PRIMARY KEY,"
                    + " sensor_id INTEGER NOT NULL, kind TEXT NOT NULL, value REAL NOT NULL)",
            "CREATE TABLE IF NOT EXISTS sound_levels (sensor_id INTEGER PRIMARY KEY,"
                    + " level REAL NOT NULL, request_key TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS accident_checks (request_key TEXT PRIMARY KEY,"
                    + " sensor_id INTEGER NOT NULL, suspected INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS jam_checks (request_key TEXT PRIMARY KEY,"
                    + " sensor_id INTEGER NOT NULL, air_quality REAL NOT NULL, jam INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS signs (sensor_id INTEGER NOT NULL, request_key TEXT NOT NULL,"
                    + " message TEXT NOT NULL, PRIMARY KEY (sensor_id, request_key, message))");

    private final SqliteDatabase database;

    /**
     * @param database the database to keep the tables in; its schema must include {@link #SCHEMA}
     */
    public IotStore(SqliteDatabase database) {
        this.database = Objects.requireNonNull(database, "database must not be null");
    }

    /**
     * @param directory the data directory
     * @return a store on {@code directory/iot.db}, opened on first use
     */
    public static IotStore inDirectory(Path directory) {
        Path file = DataDirectory.databaseFile(directory, APPLICATION_NAME);
        return new IotStore(new SqliteDatabase(file, SCHEMA));
    }

    /** @return a store in the directory named by {@code FUSIONIZE_DATA_DIR}, opened on first use */
    public static IotStore fromEnvironment() {
        return inDirectory(DataDirectory.fromEnvironment());
    }

    /** @return the database file */
    public Path file() {
        return database.file();
    }

    /**
     * Stores a reading as an event.
     *
     * @param eventId the event's key
     * @param sensorId the sensor
     * @param kind what was measured
     * @param value the measured value
     */
    public void saveEvent(String eventId, int sensorId, String kind, double value) {
        update("INSERT OR REPLACE INTO sensor_events (event_id, sensor_id, kind, value) VALUES (?, ?, ?, ?)",
                eventId, sensorId, kind, value);
    }

    /**
     * @param sensorId a sensor
     * @return the sound level the sensor last reported, if any
     */
    public OptionalDouble lastSoundLevel(int sensorId) {
        return database.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT level FROM sound_levels WHERE sensor_id = ?")) {
                statement.setInt(1, sensorId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? OptionalDouble.of(row.getDouble(1)) : OptionalDouble.empty();
                }
            }
        });
    }

    /**
     * Records a sensor's latest sound level.
     *
     * @param sensorId the sensor
     * @param level the level in dB
     * @param requestKey the request that reported it
     */
    public void saveSoundLevel(int sensorId, double level, String requestKey) {
        update("INSERT OR REPLACE INTO sound_levels (sensor_id, level, request_key) VALUES (?, ?, ?)",
                sensorId, level, requestKey);
    }

    /**
     * Records the outcome of a camera check.
     *
     * @param requestKey the request checked
     * @param sensorId the sensor
     * @param suspected whether an accident is suspected
     */
    public void saveAccidentCheck(String requestKey, int sensorId, boolean suspected) {
        update("INSERT OR REPLACE INTO accident_checks (request_key, sensor_id, suspected) VALUES (?, ?, ?)",
                requestKey, sensorId, suspected);
    }

    /**
     * Records the outcome of a jam detection.
     *
     * @param requestKey the request checked
     * @param sensorId the sensor
     * @param airQuality the air quality index it was based on
     * @param jam whether a jam was detected
     */
    public void saveJamCheck(String requestKey, int sensorId, double airQuality, boolean jam) {
        update("INSERT OR REPLACE INTO jam_checks (request_key, sensor_id, air_quality, jam) VALUES (?, ?, ?, ?)",
                requestKey, sensorId, airQuality, jam);
    }

    /**
     * Shows a message on one sensor's sign.
     *
     * @param sensorId the sensor whose sign shows it
     * @param requestKey the request that ordered it
     * @param message the text
     */
    public void showSign(int sensorId, String requestKey, String message) {
        update("INSERT OR REPLACE INTO signs (sensor_id, request_key, message) VALUES (?, ?, ?)",
                sensorId, requestKey, message);
    }

    /** Closes the connection; a later call opens it again. */
    @Override
    public void close() {
        database.close();
    }

    private void update(String sql, Object... values) {
        database.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int index = 0; index < values.length; index++) {
                    statement.setObject(index + 1, values[index]);
                }
                return statement.executeUpdate();
            }
        });
    }
}
