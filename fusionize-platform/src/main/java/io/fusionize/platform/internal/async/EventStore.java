package io.fusionize.platform.internal.async;

import static io.fusionize.platform.internal.async.EventStoreSchema.DELIVERED_COUNTER;
import static io.fusionize.platform.internal.async.EventStoreSchema.IN_FLIGHT;
import static io.fusionize.platform.internal.async.EventStoreSchema.PENDING;

import io.fusionize.platform.DeadLetter;
import io.fusionize.platform.DeadLetterReason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The durable state of an {@link AsyncEventQueue}: queued events, dead letters and counters, in
 * one SQLite file.
 *
 * <p>Every method runs in its own committed transaction, one at a time. A method that fails
 * (a full disk, say) leaves nothing of its work behind, and the next call works again once the
 * cause is gone: the store then opens a new connection.
 */
final class EventStore implements AutoCloseable {

    private static final String EVENT_COLUMNS = "id, function_name, qualifier, payload, "
            + "accepted_at, attempts, throttles, last_error_type, last_error_message";

    private final Path file;
    private final long defaultMaxPages;
    // null after a failure, until the next call opens a new connection
    private Connection connection;
    private long pageLimit;
    private long failures;
    private boolean closed;

    private EventStore(Path file, Connection connection, long defaultMaxPages) {
        this.file = file;
        this.connection = connection;
        this.defaultMaxPages = defaultMaxPages;
    }

    /**
     * Opens or creates the database file, upgrading an older schema in place.
     *
     * @throws IllegalStateException if the database cannot be opened, or was written by a newer
     *     schema version
     */
    static EventStore open(Path file) {
        Connection connection = connectWithSchema(file);
        try {
            return new EventStore(file, connection, maxPageCount(connection, file));
        } catch (RuntimeException e) {
            closeAfter(connection, e);
            throw e;
        }
    }

    /** Stores a new event, due at once. */
    void insert(String id, String functionName, String qualifier, byte[] payload, long nowMillis) {
        inTransaction("store event " + id, () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (id, "
                    + "function_name, qualifier, payload, accepted_at, state, next_attempt_at) "
                    + "VALUES (?, ?, ?, ?, ?, '" + PENDING + "', ?)")) {
                bind(insert, id, functionName, qualifier, payload, nowMillis, nowMillis);
                return insert.executeUpdate();
            }
        });
    }

    /** Makes events that were in flight when their process ended due again; returns how many. */
    int requeueInFlight() {
        return inTransaction("requeue abandoned events", () -> update(
                "UPDATE events SET state = '" + PENDING + "' WHERE state = '" + IN_FLIGHT + "'"));
    }

    /**
     * Marks the first pending event that is due or expired as in flight.
     *
     * @param nowMillis events whose next attempt is at or before this time are due
     * @param acceptedBeforeMillis events accepted at or before this time are expired
     */
    Optional<StoredEvent> claimNext(long nowMillis, long acceptedBeforeMillis) {
        return inTransaction("claim the next event", () -> {
            Optional<StoredEvent> next = selectNext(nowMillis, acceptedBeforeMillis);
            if (next.isPresent()) {
                update("UPDATE events SET state = '" + IN_FLIGHT + "' WHERE id = ?", next.get().id());
            }
            return next;
        });
    }

    /** Removes a delivered event and counts it. */
    void markDelivered(String id) {
        inTransaction("record delivery of " + id, () -> {
            update("DELETE FROM events WHERE id = ?", id);
            return update("UPDATE counters SET value = value + 1 WHERE name = ?", DELIVERED_COUNTER);
        });
    }

    /** Puts an event back in line with its new counts and error, due at {@code dueMillis}. */
    void reschedule(StoredEvent event, long dueMillis) {
        inTransaction("reschedule " + event.id(), () -> update("UPDATE events SET state = '"
                        + PENDING + "', attempts = ?, throttles = ?, next_attempt_at = ?, "
                        + "last_error_type = ?, last_error_message = ? WHERE id = ?",
                event.attempts(), event.throttles(), dueMillis, event.lastErrorType(),
                event.lastErrorMessage(), event.id()));
    }

    /** Moves an event, with its counts and last error, to the dead letters. */
    void moveToDeadLetters(StoredEvent event, DeadLetterReason reason, long nowMillis) {
        inTransaction("move " + event.id() + " to the dead letters", () -> {
            update("DELETE FROM events WHERE id = ?", event.id());
            return update("INSERT INTO dead_letters (id, function_name, qualifier, payload, "
                            + "accepted_at, attempts, last_error_type, last_error_message, reason, "
                            + "dead_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    event.id(), event.functionName(), event.qualifier(), event.payload(),
                    event.acceptedAtMillis(), event.attempts(), event.lastErrorType(),
                    event.lastErrorMessage(), reason.name(), nowMillis);
        });
    }

    /** @return every dead letter, oldest first */
    List<DeadLetter> deadLetters() {
        return inTransaction("read the dead letters", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, function_name, "
                    + "qualifier, payload, attempts, last_error_type, last_error_message, reason, "
                    + "accepted_at, dead_at FROM dead_letters ORDER BY seq");
                    ResultSet rows = select.executeQuery()) {
                List<DeadLetter> letters = new ArrayList<>();
                while (rows.next()) {
                    letters.add(toDeadLetter(rows));
                }
                return letters;
            }
        });
    }

    /** @return the current counts */
    QueueStats stats() {
        return inTransaction("count events", () -> new QueueStats(
                count("SELECT COUNT(*) FROM events WHERE state = '" + PENDING + "'"),
                count("SELECT COUNT(*) FROM events WHERE state = '" + IN_FLIGHT + "'"),
                count("SELECT value FROM counters WHERE name = '" + DELIVERED_COUNTER + "'"),
                count("SELECT COUNT(*) FROM dead_letters")));
    }

    /**
     * Caps the database at its current size or {@code maxPages} pages, whichever is larger, so that
     * a write that needs more space fails with {@code SQLITE_FULL} as on a full disk; for tests.
     */
    synchronized void limitPages(long maxPages) {
        pageLimit = maxPages;
        if (connection != null) {
            setMaxPageCount(connection, maxPages);
        }
    }

    /** Lifts the cap of {@link #limitPages}, as freeing disk space would; for tests. */
    synchronized void liftPageLimit() {
        pageLimit = 0;
        if (connection != null) {
            setMaxPageCount(connection, defaultMaxPages);
        }
    }

    /** @return how many transactions have failed since the store was opened */
    synchronized long failures() {
        return failures;
    }

    /** @return {@code true} once {@link #close()} has run */
    synchronized boolean isClosed() {
        return closed;
    }

    /** Closes the database; later calls fail with {@link IllegalStateException}. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close async event store " + file, e);
        }
    }

    /** Opens a connection, brings the schema up to date and leaves it in manual-commit mode. */
    private static Connection connectWithSchema(Path file) {
        Connection connection = connect(file);
        try {
            EventStoreSchema.apply(connection, file);
            return connection;
        } catch (SQLException e) {
            closeAfter(connection, e);
            throw new IllegalStateException("Async event store " + file
                    + " could not create or upgrade its tables: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAfter(connection, e);
            throw e;
        }
    }

    /** Closing a connection also rolls back whatever it had not committed. */
    private static void closeAfter(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }

    private static Connection connect(Path file) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open async event store " + file, e);
        }
    }

    private static long maxPageCount(Connection connection, Path file) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA max_page_count")) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the page limit of async event store " + file, e);
        }
    }

    private void setMaxPageCount(Connection target, long maxPages) {
        try (Statement statement = target.createStatement()) {
            statement.execute("PRAGMA max_page_count = " + maxPages);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the page limit of async event store " + file, e);
        }
    }

    private Optional<StoredEvent> selectNext(long nowMillis, long acceptedBeforeMillis)
            throws SQLException {
        // two index-ordered lookups stay cheap however many events wait for a later attempt
        Optional<StoredEvent> due = selectFirstPending("next_attempt_at", nowMillis);
        return due.isPresent() ? due : selectFirstPending("accepted_at", acceptedBeforeMillis);
    }

    private Optional<StoredEvent> selectFirstPending(String timeColumn, long atOrBeforeMillis)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + EVENT_COLUMNS
                + " FROM events WHERE state = '" + PENDING + "' AND " + timeColumn + " <= ? "
                + "ORDER BY " + timeColumn + ", seq LIMIT 1")) {
            bind(select, atOrBeforeMillis);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(toStoredEvent(rows)) : Optional.empty();
            }
        }
    }

    private static StoredEvent toStoredEvent(ResultSet row) throws SQLException {
        return new StoredEvent(row.getString("id"), row.getString("function_name"),
                row.getString("qualifier"), row.getBytes("payload"), row.getLong("accepted_at"),
                row.getInt("attempts"), row.getInt("throttles"), row.getString("last_error_type"),
                row.getString("last_error_message"));
    }

    private static DeadLetter toDeadLetter(ResultSet row) throws SQLException {
        return new DeadLetter(row.getString("id"), row.getString("function_name"),
                row.getString("qualifier"), row.getBytes("payload"), row.getInt("attempts"),
                row.getString("last_error_type"), row.getString("last_error_message"),
                DeadLetterReason.valueOf(row.getString("reason")),
                Instant.ofEpochMilli(row.getLong("accepted_at")),
                Instant.ofEpochMilli(row.getLong("dead_at")));
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }

    private synchronized <T> T inTransaction(String action, SqlWork<T> work) {
        if (closed) {
            throw new IllegalStateException("Async event store " + file + " is closed; cannot "
                    + action);
        }
        reconnectIfBroken(action);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            discardConnection(e);
            throw new IllegalStateException("Async event store " + file + " could not " + action
                    + ": " + e.getMessage(), e);
        }
    }

    // After a failed statement or commit, SQLite may have ended the transaction behind the
    // driver's back; later statements would then commit on their own. A new connection starts
    // clean, and closing the old one undoes whatever it had not committed.
    private void discardConnection(SQLException failure) {
        failures++;
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
        closeAfter(connection, failure);
        connection = null;
    }

    private void reconnectIfBroken(String action) {
        if (connection != null) {
            return;
        }
        Connection fresh;
        try {
            fresh = connectWithSchema(file);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Async event store " + file + " could not reopen to "
                    + action + ": " + e.getMessage(), e);
        }
        try {
            if (pageLimit > 0) {
                setMaxPageCount(fresh, pageLimit);
            }
        } catch (RuntimeException e) {
            closeAfter(fresh, e);
            throw e;
        }
        connection = fresh;
    }

    /** A unit of database work that may throw {@link SQLException}. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
