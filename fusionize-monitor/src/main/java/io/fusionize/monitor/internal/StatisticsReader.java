package io.fusionize.monitor.internal;

import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.monitor.SetupStatistics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers statistics queries over one read connection. In WAL mode it reads the last committed
 * state without blocking the writer.
 */
public final class StatisticsReader implements AutoCloseable {

    private final Connection connection;

    /** @param connection a connection used by this reader alone; it is closed with the reader */
    public StatisticsReader(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param application the application's name
     * @param version the setup version
     * @return everything measured for that version
     * @throws SQLException when a query fails
     */
    public synchronized SetupStatistics statistics(String application, int version) throws SQLException {
        ClientObservations client = clientObservations(application, version);
        double[] ratios = invocationRatios(application, version);
        EntryReader.RootRequests roots = EntryReader.read(connection, application, version);
        return new SetupStatistics(application, version, roots.costed(), client.latency(),
                rootDuration(application, version), roots.costPer1000Usd(), ratios[0], ratios[1],
                client.errorRatio(), callGraph(application, version), functions(application, version),
                roots.entries());
    }

    /**
     * @param application the application's name
     * @param version the setup version
     * @return the observed call graph, ordered by function, caller and callee
     * @throws SQLException when the query fails
     */
    public synchronized List<CallEdge> callGraph(String application, int version) throws SQLException {
        String sql = """
                SELECT r.entry_task, c.caller_task, c.callee,
                       SUM(c.sync = 1 AND c.local = 1), SUM(c.sync = 1 AND c.local = 0),
                       SUM(c.sync = 0 AND c.local = 1), SUM(c.sync = 0 AND c.local = 0),
                       SUM(c.bytes_in), SUM(c.bytes_out), AVG(c.duration_micros) / 1000.0,
                       SUM(c.error_type IS NOT NULL)
                FROM calls c JOIN records r ON r.invocation_id = c.invocation_id
                WHERE r.application = ? AND r.setup_version = ?
                GROUP BY r.entry_task, c.caller_task, c.callee
                ORDER BY r.entry_task, c.caller_task, c.callee""";
        List<CallEdge> edges = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, application, version); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                edges.add(new CallEdge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getDouble(10), rs.getLong(11)));
            }
        }
        return edges;
    }

    /**
     * @param application the application's name
     * @param version the setup version
     * @return statistics per function and memory size, ordered by entry task and size
     * @throws SQLException when the query fails
     */
    public synchronized List<FunctionStatistics> functions(String application, int version) throws SQLException {
        return FunctionReader.read(connection, application, version);
    }

    /**
     * @param application the application's name
     * @return every setup version anything was recorded for, ascending
     * @throws SQLException when the query fails
     */
    public synchronized List<Integer> versions(String application) throws SQLException {
        String sql = "SELECT setup_version FROM records WHERE application = ? "
                + "UNION SELECT setup_version FROM client_latencies WHERE application = ? ORDER BY 1";
        List<Integer> versions = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, application);
            s.setString(2, application);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
            }
        }
        return versions;
    }

    private DurationSummary rootDuration(String application, int version) throws SQLException {
        String sql = "SELECT duration_ms FROM invocations WHERE application = ? AND setup_version = ? "
                + "AND root = 1 AND duration_ms IS NOT NULL";
        DoubleList durations = new DoubleList();
        try (PreparedStatement s = prepare(sql, application, version); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                durations.add(rs.getDouble(1));
            }
        }
        return Summaries.of(durations.toArray());
    }

    private double[] invocationRatios(String application, int version) throws SQLException {
        String sql = "SELECT COUNT(*), SUM(cold_start), SUM(failed) FROM invocations"
                + VersionQueries.OF_VERSION;
        try (PreparedStatement s = VersionQueries.prepareForInvocations(connection, sql, application, version);
             ResultSet rs = s.executeQuery()) {
            long count = rs.next() ? rs.getLong(1) : 0;
            return count == 0 ? new double[2]
                    : new double[] {rs.getDouble(2) / count, rs.getDouble(3) / count};
        }
    }

    private ClientObservations clientObservations(String application, int version) throws SQLException {
        String sql = "SELECT latency_ms, success FROM client_latencies WHERE application = ? AND setup_version = ?";
        DoubleList latencies = new DoubleList();
        long failures = 0;
        try (PreparedStatement s = prepare(sql, application, version); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                latencies.add(rs.getDouble(1));
                failures += rs.getInt(2) == 0 ? 1 : 0;
            }
        }
        DurationSummary latency = Summaries.of(latencies.toArray());
        return new ClientObservations(latency, latency.isEmpty() ? 0 : (double) failures / latency.count());
    }

    private PreparedStatement prepare(String sql, String application, int version) throws SQLException {
        return VersionQueries.prepare(connection, sql, application, version);
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }

    private record ClientObservations(DurationSummary latency, double errorRatio) {
    }
}
