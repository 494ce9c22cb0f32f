package io.fusionize.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * One SQLite database file, shared by every function and process of an application.
 *
 * <p>The file is opened lazily, on first use, with one connection per instance that is reused for
 * every statement. The journal is in WAL mode and a busy timeout makes writers of other processes
 * wait instead of failing. Work runs under this object's lock, so one instance is thread-safe.
 */
public final class SqliteDatabase implements AutoCloseable {

    /** How long a statement waits for another process's write lock before it fails. */
    public static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private final Path file;
    private final List<String> schema;
    private Connection connection;

    /**
     * Describes a database without opening it.
     *
     * @param file the database file; its directory is created on first use
     * @param schema statements run once when the file is opened, such as
     *     {@code CREATE TABLE IF NOT EXISTS ...}
     */
    public SqliteDatabase(Path file, List<String> schema) {
        this.file = Objects.requireNonNull(file, "database file must not be null");
        this.schema = List.copyOf(Objects.requireNonNull(schema, "schema must not be null"));
    }

    /** @return the database file */
    public Path file() {
        return file;
    }

    /**
     * Runs work on the connection, opening the file first if needed.
     *
     * @param work the statements to run
     * @param <T> the result type
     * @return the work's result
     * @throws StorageException when the file cannot be opened or a statement fails
     */
    public synchronized <T> T execute(SqlWork<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        try {
            return work.run(openConnection());
        } catch (SQLException e) {
            throw new StorageException("statement failed on database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs work in one transaction, so that a group of statements is atomic.
     *
     * @param work the statements to run
     * @param <T> the result type
     * @return the work's result
     * @throws StorageException when the file cannot be opened or a statement fails; the
     *     transaction is then rolled back
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        return execute(connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** Closes the connection, if open; a later call opens it again. */
    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close database " + file + ": " + e.getMessage(), e);
        } finally {
            connection = null;
        }
    }

    private Connection openConnection() throws SQLException {
        if (connection == null) {
            createDirectory();
            // The driver is used directly: DriverManager may not see it from an isolated class loader.
            Connection opened = JDBC.createConnection(JDBC.PREFIX + file.toAbsolutePath(), new Properties());
            try {
                configure(opened);
            } catch (SQLException e) {
                opened.close();
                throw e;
            }
            connection = opened;
        }
        return connection;
    }

    private void configure(Connection opened) throws SQLException {
        try (Statement statement = opened.createStatement()) {
            // Set first, so that the pragmas and schema below wait for other processes too.
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            statement.execute("PRAGMA journal_mode = WAL");
            // In WAL mode NORMAL stays consistent after a crash and avoids an fsync per commit.
            statement.execute("PRAGMA synchronous = NORMAL");
            for (String definition : schema) {
                statement.execute(definition);
            }
        }
    }

    private void createDirectory() {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StorageException("cannot create data directory " + directory + ": " + e.getMessage(), e);
        }
    }
}
