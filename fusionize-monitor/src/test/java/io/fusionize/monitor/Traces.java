package io.fusionize.monitor;

import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.FunctionNaming;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import io.fusionize.protocol.fusion.TaskTiming;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.InvocationReport;
import io.fusionize.protocol.telemetry.LogLines;
import java.util.List;

/** Builds records and reports of the application {@code iot} for tests. */
final class Traces {

    static final String APP = "iot";

    private Traces() {
    }

    static InvocationRecord root(String invocationId, String traceId, int version, CallRecord... calls) {
        return record(invocationId, traceId, null, "I", version, calls);
    }

    static InvocationRecord rootOf(String entry, String invocationId, String traceId, int version,
                                   CallRecord... calls) {
        return record(invocationId, traceId, null, entry, version, calls);
    }

    static InvocationRecord child(String invocationId, String traceId, String parent, String entry, int version,
                                  CallRecord... calls) {
        return record(invocationId, traceId, parent, entry, version, calls);
    }

    private static InvocationRecord record(String invocationId, String traceId, String parent, String entry,
                                           int version, CallRecord... calls) {
        return new InvocationRecord(APP, FunctionNaming.functionName(APP, entry), entry, version, traceId,
                invocationId, parent, parent == null, false, 512, 1_000, 1_040, Outcome.SUCCESS, null, null,
                List.of(calls), List.of());
    }

    static InvocationRecord failed(InvocationRecord r, String errorType) {
        return new InvocationRecord(r.application(), r.function(), r.entryTask(), r.setupVersion(), r.traceId(),
                r.invocationId(), r.parentInvocationId(), r.root(), r.coldStart(), r.memoryMb(), r.startEpochMs(),
                r.endEpochMs(), r.cpuMicros(), Outcome.ERROR, errorType, "boom", r.calls(), r.tasks());
    }

    static InvocationRecord timed(InvocationRecord r, Long cpuMicros, TaskTiming... tasks) {
        return new InvocationRecord(r.application(), r.function(), r.entryTask(), r.setupVersion(), r.traceId(),
                r.invocationId(), r.parentInvocationId(), r.root(), r.coldStart(), r.memoryMb(), r.startEpochMs(),
                r.endEpochMs(), cpuMicros, r.outcome(), r.errorType(), r.errorMessage(), r.calls(), List.of(tasks));
    }

    static CallRecord call(String caller, String callee, boolean sync, boolean local) {
        return new CallRecord(caller, callee, sync, local, 2_000, 100, 10, null);
    }

    static InvocationReport report(String requestId, String entry, int version, double durationMs, double costUsd) {
        return report(requestId, entry, version, 512, durationMs, costUsd, false, InvocationReport.OUTCOME_SUCCESS,
                null);
    }

    static InvocationReport report(String requestId, String entry, int version, int memoryMb, double durationMs,
                                   double costUsd, boolean cold, String outcome, String errorType) {
        return new InvocationReport(requestId, FunctionNaming.functionName(APP, entry), String.valueOf(version),
                memoryMb, "RequestResponse", cold, durationMs, (long) Math.ceil(durationMs), cold ? 200.0 : 0,
                64 + memoryMb / 16, costUsd, outcome, errorType, 1_000, 1_000 + (long) durationMs,
                true, true, false);
    }

    static String json(Object value) {
        return ProtocolJson.write(value);
    }

    static String logLine(InvocationRecord record) {
        return LogLines.recordLine(json(record));
    }
}
