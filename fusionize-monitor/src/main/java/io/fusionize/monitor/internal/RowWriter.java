package io.fusionize.monitor.internal;

import io.fusionize.monitor.dto.ClientLatency;
import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.TaskTiming;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Inserts rows over one connection with prepared statements. Inserts ignore duplicates, so that a
 * record or report delivered twice is stored once.
 */
final class RowWriter implements AutoCloseable {

    // Columns are named, so that a column a migration appends cannot shift the values.
    private static final String INSERT_RECORD = "INSERT OR IGNORE INTO records (invocation_id, application, "
            + "function_name, entry_task, setup_version, trace_id, parent_invocation_id, root, cold_start, "
            + "memory_mb, start_ms, end_ms, cpu_micros, outcome, error_type, error_message) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_CALL = "INSERT OR IGNORE INTO calls (invocation_id, seq, caller_task, "
            + "callee, sync, local, duration_micros, bytes_in, bytes_out, error_type) VALUES (?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_TIMING = "INSERT OR IGNORE INTO task_timings (invocation_id, seq, task, "
            + "wall_micros, cpu_micros) VALUES (?,?,?,?,?)";
    private static final String INSERT_REPORT = "INSERT OR IGNORE INTO reports (request_id, function_name, "
            + "version, setup_version, memory_mb, invocation_type, cold_start, duration_ms, billed_ms, init_ms, "
            + "max_memory_mb, cost_usd, outcome, error_type, start_ms, end_ms, cpu_enforced, memory_enforced, "
            + "oversubscribed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final PreparedStatement insertRecord;
    private final PreparedStatement insertCall;
    private final PreparedStatement insertTiming;
    private final PreparedStatement insertReport;
    private final PreparedStatement insertLatency;

    RowWriter(Connection connection) throws SQLException {
        insertRecord = connection.prepareStatement(INSERT_RECORD);
        insertCall = connection.prepareStatement(INSERT_CALL);
        insertTiming = connection.prepareStatement(INSERT_TIMING);
        insertReport = connection.prepareStatement(INSERT_REPORT);
        insertLatency = connection.prepareStatement("INSERT INTO client_latencies "
                + "(application, setup_version, trace_id, request_id, latency_ms, success, epoch_ms) "
                + "VALUES (?,?,?,?,?,?,?)");
    }

    void write(PendingWrite write) throws SQLException {
        if (write instanceof PendingWrite.RecordWrite r) {
            writeRecord(r.record());
        } else if (write instanceof PendingWrite.ReportWrite r) {
            writeReport(r.report());
        } else if (write instanceof PendingWrite.LatencyWrite l) {
            writeLatency(l.latency());
        }
    }

    private void writeRecord(InvocationRecord r) throws SQLException {
        Object[] values = {r.invocationId(), r.application(), r.function(), r.entryTask(), r.setupVersion(),
            r.traceId(), r.parentInvocationId(), r.root(), r.coldStart(), r.memoryMb(), r.startEpochMs(),
            r.endEpochMs(), r.cpuMicros(), r.outcome().name(), r.errorType(), r.errorMessage()};
        execute(insertRecord, values);
        writeCalls(r.invocationId(), r.calls());
        writeTimings(r.invocationId(), r.tasks());
    }

    private void writeCalls(String invocationId, List<CallRecord> calls) throws SQLException {
        for (int i = 0; i < calls.size(); i++) {
            CallRecord c = calls.get(i);
            execute(insertCall, new Object[] {invocationId, i, c.callerTask(), c.callee(), c.sync(), c.local(),
                c.durationMicros(), c.bytesIn(), c.bytesOut(), c.errorType()});
        }
    }

    private void writeTimings(String invocationId, List<TaskTiming> timings) throws SQLException {
        for (int i = 0; i < timings.size(); i++) {
            TaskTiming t = timings.get(i);
            execute(insertTiming, new Object[] {invocationId, i, t.task(), t.wallMicros(), t.cpuMicros()});
        }
    }

    private void writeReport(InvocationReport p) throws SQLException {
        // A report without a memory size reads as 0; NULL lets the record's size stand in.
        Integer memoryMb = p.memoryMb() > 0 ? p.memoryMb() : null;
        Object[] values = {p.requestId(), p.functionName(), p.version(), SetupVersions.parse(p.version()),
            memoryMb, p.invocationType(), p.coldStart(), p.durationMs(), p.billedDurationMs(),
            p.initDurationMs(), p.maxMemoryUsedMb(), p.costUsd(), p.outcome(), p.errorType(), p.startEpochMs(),
            p.endEpochMs(), p.cpuLimitEnforced(), p.memoryLimitEnforced(), p.oversubscribed()};
        execute(insertReport, values);
    }

    private void writeLatency(ClientLatency l) throws SQLException {
        execute(insertLatency, new Object[] {l.application(), l.setupVersion(), l.traceId(), l.requestId(),
            l.latencyMs(), l.success(), l.epochMs()});
    }

    private static void execute(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i]);
        }
        statement.executeUpdate();
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Boolean b) {
            statement.setInt(index, b ? 1 : 0);
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(insertRecord, insertCall, insertTiming, insertReport, insertLatency)) {
            s.close();
        }
    }
}
