package io.fusionize.monitor;

import io.fusionize.monitor.dto.ClientLatency;
import io.fusionize.monitor.internal.BatchWriter;
import io.fusionize.monitor.internal.PendingWrite;
import io.fusionize.monitor.internal.Schema;
import io.fusionize.monitor.internal.StatisticsReader;
import io.fusionize.monitor.internal.TelemetryParser;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The monitor's durable trace store: an SQLite file that joins the runtime's invocation records
 * with the platform's reports by invocation id, keeps the gateway's latencies, and answers
 * statistics per setup version.
 *
 * <p>Ingestion is cheap and thread-safe: every {@code accept} method parses and queues, and a
 * background thread inserts in batches. Records and reports may arrive in any order and more than
 * once; each invocation is stored once and joined when read. Every query first waits for what was
 * accepted before it, so a caller reads its own writes. The file survives restarts; reopening it
 * continues where it stopped.
 */
public final class TraceStore implements AutoCloseable {

    /** The database's file name inside a state directory. */
    public static final String FILE_NAME = "traces.db";

    private final Path databaseFile;
    private final TelemetryParser parser = new TelemetryParser();
    private final BatchWriter writer;
    private final StatisticsReader reader;
    private final AtomicLong malformedInputs = new AtomicLong();

    private TraceStore(Path databaseFile, BatchWriter writer, StatisticsReader reader) {
        this.databaseFile = databaseFile;
        this.writer = writer;
        this.reader = reader;
    }

    /**
     * Opens, or creates, the store {@value #FILE_NAME} in a state directory.
     *
     * @param stateDirectory the directory; created when missing
     * @return the open store
     * @throws TraceStoreException when the database cannot be opened
     */
    public static TraceStore open(Path stateDirectory) {
        Objects.requireNonNull(stateDirectory, "stateDirectory must not be null");
        try {
            Files.createDirectories(stateDirectory);
        } catch (IOException e) {
            throw new TraceStoreException("cannot create the state directory " + stateDirectory, e);
        }
        return openFile(stateDirectory.resolve(FILE_NAME));
    }

    /**
     * Opens, or creates, a store in a given database file.
     *
     * @param databaseFile the SQLite file
     * @return the open store
     * @throws TraceStoreException when the database cannot be opened
     */
    public static TraceStore openFile(Path databaseFile) {
        Objects.requireNonNull(databaseFile, "databaseFile must not be null");
        String url = "jdbc:sqlite:" + databaseFile.toAbsolutePath();
        try {
            Connection writeConnection = connect(url);
            Schema.apply(writeConnection);
            writeConnection.setAutoCommit(false);
            BatchWriter writer = new BatchWriter(writeConnection, "fusionize-trace-writer");
            return new TraceStore(databaseFile, writer, new StatisticsReader(connect(url)));
        } catch (SQLException e) {
            throw new TraceStoreException("cannot open the trace store " + databaseFile, e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            // WAL lets queries read while the writer commits; NORMAL still survives a process crash.
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=NORMAL");
            statement.execute("PRAGMA busy_timeout=10000");
        }
        return connection;
    }

    /**
     * Takes the invocation record out of one line of instance output, if it holds one. Lenient by
     * design, so it can sit in a log pipeline: a record that cannot be read is counted in
     * {@link #malformedInputs()} rather than thrown.
     *
     * @param line one line of output
     * @return whether the line held a record that was accepted
     */
    public boolean acceptLogLine(String line) {
        try {
            Optional<InvocationRecord> record = parser.recordInLogLine(line);
            record.ifPresent(r -> writer.submit(new PendingWrite.RecordWrite(r)));
            return record.isPresent();
        } catch (MalformedTelemetryException e) {
            malformedInputs.incrementAndGet();
            return false;
        }
    }

    /**
     * @param json one invocation record, as JSON
     * @throws MalformedTelemetryException when it cannot be read or lacks a required field
     */
    public void acceptRecordJson(String json) {
        accept(parser.parseRecord(json));
    }

    /**
     * @param record one invocation record
     * @throws MalformedTelemetryException when it lacks a required field
     */
    public void accept(InvocationRecord record) {
        parser.checkRecord(Objects.requireNonNull(record, "record must not be null"));
        writer.submit(new PendingWrite.RecordWrite(record));
    }

    /**
     * @param json one platform report, as JSON
     * @throws MalformedTelemetryException when it cannot be read or lacks a required field
     */
    public void acceptReportJson(String json) {
        accept(parser.parseReport(json));
    }

    /**
     * @param report one platform report
     * @throws MalformedTelemetryException when it lacks a required field
     */
    public void accept(InvocationReport report) {
        parser.checkReport(Objects.requireNonNull(report, "report must not be null"));
        writer.submit(new PendingWrite.ReportWrite(report));
    }

    /** @param latency one root request's latency as the gateway measured it */
    public void accept(ClientLatency latency) {
        writer.submit(new PendingWrite.LatencyWrite(Objects.requireNonNull(latency, "latency must not be null")));
    }

    /**
     * Reads a platform's report log ({@code reports.jsonl}, one report per line), for instance to
     * catch up after a restart. Reports already stored are kept once; unreadable lines are counted
     * in {@link #malformedInputs()}.
     *
     * @param reportsFile the file
     * @return how many reports were read
     * @throws UncheckedIOException when the file cannot be read
     */
    public long importReports(Path reportsFile) {
        long accepted = 0;
        try (BufferedReader in = Files.newBufferedReader(reportsFile)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                accepted += acceptReportLine(line) ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reports from " + reportsFile, e);
        }
        return accepted;
    }

    private boolean acceptReportLine(String line) {
        if (line.isBlank()) {
            return false;
        }
        try {
            acceptReportJson(line);
            return true;
        } catch (MalformedTelemetryException e) {
            malformedInputs.incrementAndGet();
            return false;
        }
    }

    /** Blocks until everything accepted so far is committed to the file. */
    public void flush() {
        writer.flush();
    }

    /**
     * @param application the application's name
     * @param setupVersion the setup version
     * @return everything measured for that version
     * @throws TraceStoreException when the query fails
     */
    public SetupStatistics statistics(String application, int setupVersion) {
        return query(() -> reader.statistics(application, setupVersion), application);
    }

    /**
     * @param application the application's name
     * @param setupVersion the setup version
     * @return the observed call graph of that version
     * @throws TraceStoreException when the query fails
     */
    public List<CallEdge> callGraph(String application, int setupVersion) {
        return query(() -> reader.callGraph(application, setupVersion), application);
    }

    /**
     * @param application the application's name
     * @param setupVersion the setup version
     * @return statistics per function and memory size within that version
     * @throws TraceStoreException when the query fails
     */
    public List<FunctionStatistics> functionStatistics(String application, int setupVersion) {
        return query(() -> reader.functions(application, setupVersion), application);
    }

    /**
     * @param application the application's name
     * @return every setup version with records or gateway latencies, ascending
     * @throws TraceStoreException when the query fails
     */
    public List<Integer> versions(String application) {
        return query(() -> reader.versions(application), application);
    }

    private <T> T query(SqlQuery<T> query, String application) {
        Objects.requireNonNull(application, "application must not be null");
        flush();
        try {
            return query.run();
        } catch (SQLException e) {
            throw new TraceStoreException("cannot query the trace store " + databaseFile, e);
        }
    }

    /** @return records and reports that could not be read, since this store was opened */
    public long malformedInputs() {
        return malformedInputs.get();
    }

    /** @return rows the database refused, since this store was opened */
    public long rejectedRows() {
        return writer.rejectedRows();
    }

    /** @return the SQLite file */
    public Path databaseFile() {
        return databaseFile;
    }

    /** Commits everything accepted, then closes the file. */
    @Override
    public void close() {
        writer.close();
        try {
            reader.close();
        } catch (SQLException e) {
            throw new TraceStoreException("cannot close the trace store " + databaseFile, e);
        }
    }

    @FunctionalInterface
    private interface SqlQuery<T> {
        T run() throws SQLException;
    }
}
