package io.fusionize.monitor.internal;

import io.fusionize.monitor.EntryStatistics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the root requests of one setup version per entry task: how many, how long, and what each
 * cost with every invocation of its trace. Totals over all entries come from the same rows.
 */
final class EntryReader {

    private static final String ROOTS = "SELECT entry_task, COUNT(*) FROM records "
            + "WHERE application = ? AND setup_version = ? AND root = 1 GROUP BY entry_task";
    private static final String DURATIONS = "SELECT entry_task, duration_ms FROM invocations "
            + "WHERE application = ? AND setup_version = ? AND root = 1 AND duration_ms IS NOT NULL";
    // A client latency belongs to the root invocation it names, by request id or by trace id.
    private static final String CLIENTS = """
            SELECT r.entry_task, c.latency_ms FROM client_latencies c
            JOIN records r ON r.root = 1 AND r.setup_version = c.setup_version
              AND (r.invocation_id = c.request_id OR r.trace_id = c.trace_id)
            WHERE c.application = ? AND c.setup_version = ?""";
    // Each complete root request costs the sum of every reported invocation in its trace.
    private static final String COSTS = """
            SELECT root.entry_task, COUNT(*), SUM(COALESCE(
              (SELECT SUM(p.cost_usd) FROM records r JOIN reports p ON p.request_id = r.invocation_id
               WHERE r.trace_id = root.trace_id AND r.setup_version = root.setup_version),
              rp.cost_usd, 0))
            FROM records root JOIN reports rp ON rp.request_id = root.invocation_id
            WHERE root.application = ? AND root.setup_version = ? AND root.root = 1
            GROUP BY root.entry_task""";
    // Records always name their entry task; this keeps a row that does not in the totals.
    private static final String UNNAMED = "";

    private final Connection connection;
    private final String application;
    private final int version;
    private final Map<String, Tally> byEntry = new TreeMap<>();

    private EntryReader(Connection connection, String application, int version) {
        this.connection = connection;
        this.application = application;
        this.version = version;
    }

    /**
     * @param connection the connection to read with
     * @param application the application's name
     * @param version the setup version
     * @return the version's root requests per entry and in total
     * @throws SQLException when a query fails
     */
    static RootRequests read(Connection connection, String application, int version) throws SQLException {
        EntryReader reader = new EntryReader(connection, application, version);
        reader.readRoots();
        reader.readCosts();
        reader.readValues(DURATIONS, (tally, value) -> tally.durations.add(value));
        reader.readValues(CLIENTS, (tally, value) -> tally.clients.add(value));
        return reader.result();
    }

    private void readRoots() throws SQLException {
        try (PreparedStatement s = prepare(ROOTS); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tally(rs.getString(1)).roots = rs.getLong(2);
            }
        }
    }

    private void readCosts() throws SQLException {
        try (PreparedStatement s = prepare(COSTS); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Tally tally = tally(rs.getString(1));
                tally.costed = rs.getLong(2);
                tally.costSumUsd = rs.getDouble(3);
            }
        }
    }

    private void readValues(String sql, ValueSink sink) throws SQLException {
        try (PreparedStatement s = prepare(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                sink.add(tally(rs.getString(1)), rs.getDouble(2));
            }
        }
    }

    private RootRequests result() {
        long roots = byEntry.values().stream().mapToLong(t -> t.roots).sum();
        long costed = byEntry.values().stream().mapToLong(t -> t.costed).sum();
        double costSum = byEntry.values().stream().mapToDouble(t -> t.costSumUsd).sum();
        List<EntryStatistics> entries = new ArrayList<>();
        byEntry.forEach((entry, tally) -> {
            if (!entry.equals(UNNAMED)) {
                entries.add(tally.toStatistics(entry, roots));
            }
        });
        return new RootRequests(entries, costed, perThousand(costSum, costed));
    }

    private Tally tally(String entry) {
        return byEntry.computeIfAbsent(entry == null ? UNNAMED : entry, e -> new Tally());
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        return VersionQueries.prepare(connection, sql, application, version);
    }

    private static double perThousand(double costSumUsd, long requests) {
        return requests == 0 ? 0 : costSumUsd / requests * 1000.0;
    }

    /**
     * A version's root requests.
     *
     * @param entries per entry task, ordered by its name
     * @param costed complete root requests, over all entries: those with both a record and a report
     * @param costPer1000Usd their mean cost per 1,000, over all entries
     */
    record RootRequests(List<EntryStatistics> entries, long costed, double costPer1000Usd) {
    }

    @FunctionalInterface
    private interface ValueSink {
        void add(Tally tally, double value);
    }

    /** What one entry's rows add up to. */
    private static final class Tally {
        private final DoubleList durations = new DoubleList();
        private final DoubleList clients = new DoubleList();
        private long roots;
        private long costed;
        private double costSumUsd;

        EntryStatistics toStatistics(String entry, long allRoots) {
            double share = allRoots == 0 ? 0 : Math.min(1, (double) roots / allRoots);
            return new EntryStatistics(entry, roots, share, costed, Summaries.of(clients.toArray()),
                    Summaries.of(durations.toArray()), perThousand(costSumUsd, costed));
        }
    }
}
