package io.fusionize.monitor.internal;

import io.fusionize.monitor.FunctionStatistics;
import io.fusionize.protocol.fusion.FunctionNaming;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the statistics per function and memory size of one setup version. */
final class FunctionReader {

    private static final String INVOCATIONS = "SELECT function_name, entry_task, memory_mb, cold_start, failed, "
            + "error_type, duration_ms, billed_ms, max_memory_mb, cost_usd, reported, cpu_micros FROM invocations"
            + VersionQueries.OF_VERSION;
    private static final String TASKS = """
            SELECT i.function_name, i.memory_mb, t.task, t.wall_micros, t.cpu_micros
            FROM task_timings t JOIN invocations i ON i.invocation_id = t.invocation_id
            WHERE i.application = ? AND i.setup_version = ?""";

    private final Connection connection;
    private final String application;
    private final int version;
    private final Map<String, FunctionAccumulator> byFunctionAndSize = new LinkedHashMap<>();

    private FunctionReader(Connection connection, String application, int version) {
        this.connection = connection;
        this.application = application;
        this.version = version;
    }

    /**
     * @param connection the connection to read with
     * @param application the application's name
     * @param version the setup version
     * @return statistics per function and memory size, ordered by entry task and size
     * @throws SQLException when a query fails
     */
    static List<FunctionStatistics> read(Connection connection, String application, int version)
            throws SQLException {
        FunctionReader reader = new FunctionReader(connection, application, version);
        reader.readInvocations();
        reader.readTasks();
        return reader.byFunctionAndSize.values().stream().map(FunctionAccumulator::toStatistics)
                .sorted(Comparator.comparing(FunctionStatistics::entryTask)
                        .thenComparingInt(FunctionStatistics::memoryMb))
                .toList();
    }

    private void readInvocations() throws SQLException {
        for (InvocationRow row : invocationRows()) {
            String entry = row.entryTask() != null ? row.entryTask()
                    : FunctionNaming.entryTask(application, row.functionName());
            int memory = row.memoryMb() == null ? 0 : row.memoryMb();
            byFunctionAndSize.computeIfAbsent(key(row.functionName(), row.memoryMb()),
                    k -> new FunctionAccumulator(entry, row.functionName(), memory)).add(row);
        }
    }

    private void readTasks() throws SQLException {
        try (PreparedStatement s = VersionQueries.prepare(connection, TASKS, application, version);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                FunctionAccumulator function = byFunctionAndSize.get(key(rs.getString(1), Columns.integer(rs, 2)));
                // Every timing belongs to a record, whose invocation was read just before.
                if (function != null) {
                    function.addTask(rs.getString(3), Columns.integral(rs, 4), Columns.integral(rs, 5));
                }
            }
        }
    }

    private List<InvocationRow> invocationRows() throws SQLException {
        List<InvocationRow> rows = new ArrayList<>();
        try (PreparedStatement s = VersionQueries.prepareForInvocations(connection, INVOCATIONS, application, version);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new InvocationRow(rs.getString(1), rs.getString(2), Columns.integer(rs, 3),
                        rs.getBoolean(4), rs.getBoolean(5), rs.getString(6), Columns.real(rs, 7),
                        Columns.integral(rs, 8), Columns.real(rs, 9), Columns.real(rs, 10), rs.getBoolean(11),
                        Columns.integral(rs, 12)));
            }
        }
        return rows;
    }

    private static String key(String functionName, Integer memoryMb) {
        return functionName + "@" + (memoryMb == null ? 0 : memoryMb);
    }
}
