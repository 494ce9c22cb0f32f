package io.fusionize.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.monitor.dto.CallRecord;
import io.fusionize.monitor.dto.InvocationRecord;
import io.fusionize.monitor.dto.PlatformReport;
import java.util.List;

/** Builds records and reports of the application {@code iot} for tests. */
final class Traces {

    static final String APP = "iot";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Traces() {
    }

    static InvocationRecord root(String invocationId, String traceId, int version, CallRecord... calls) {
        return record(invocationId, traceId, null, "I", version, calls);
    }

    static InvocationRecord child(String invocationId, String traceId, String parent, String entry, int version,
                                  CallRecord... calls) {
        return record(invocationId, traceId, parent, entry, version, calls);
    }

    private static InvocationRecord record(String invocationId, String traceId, String parent, String entry,
                                           int version, CallRecord... calls) {
        return new InvocationRecord(APP, APP + "-" + entry, entry, version, traceId, invocationId, parent,
                parent == null, false, 512, 1_000, 1_040, "SUCCESS", null, null, List.of(calls), List.of());
    }

    static InvocationRecord failed(InvocationRecord r, String errorType) {
        return new InvocationRecord(r.application(), r.function(), r.entryTask(), r.setupVersion(), r.traceId(),
                r.invocationId(), r.parentInvocationId(), r.root(), r.coldStart(), r.memoryMb(), r.startEpochMs(),
                r.endEpochMs(), "ERROR", errorType, "boom", r.calls(), r.tasks());
    }

    static CallRecord call(String caller, String callee, boolean sync, boolean local) {
        return new CallRecord(caller, callee, sync, local, 2_000, 100, 10, null);
    }

    static PlatformReport report(String requestId, String entry, int version, double durationMs, double costUsd) {
        return report(requestId, entry, version, 512, durationMs, costUsd, false, "Success", null);
    }

    static PlatformReport report(String requestId, String entry, int version, int memoryMb, double durationMs,
                                 double costUsd, boolean cold, String outcome, String errorType) {
        return new PlatformReport(requestId, APP + "-" + entry, String.valueOf(version), memoryMb,
                "RequestResponse", cold, durationMs, (long) Math.ceil(durationMs), cold ? 200.0 : null,
                64.0 + memoryMb / 16.0, costUsd, outcome, errorType, 1_000, 1_000 + (long) durationMs,
                true, true, false);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String logLine(InvocationRecord record) {
        return "FUSIONIZE_RECORD " + json(record);
    }
}
