package io.fusionize.protocol.fusion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * What the fusion runtime reports about one function invocation. Its JSON form, on a log line
 * that {@link io.fusionize.protocol.telemetry.LogLines} describes, is the wire contract between
 * the runtime and the monitor.
 *
 * @param application the application's name
 * @param function the platform function name, {@code APP-ENTRY}
 * @param entryTask the function's entry task
 * @param setupVersion the setup version the invocation ran under
 * @param traceId the trace shared by every invocation of one root request
 * @param invocationId the platform's request id, which joins records with platform reports
 * @param parentInvocationId the calling invocation, {@code null} for a root request
 * @param root whether an outside client made the request
 * @param coldStart whether this was the first invocation its process served
 * @param memoryMb the function's memory size in MB
 * @param startEpochMs when the invocation started
 * @param endEpochMs when it ended, inline async work included
 * @param cpuMicros the CPU time the whole process used during the invocation, in microseconds:
 *     threads the tasks started themselves, garbage collection and compilation included. It is
 *     read from the process CPU clock, which is honest because a platform instance serves one
 *     invocation at a time; {@code null} when another invocation ran in the same process
 *     meanwhile (as in the in-process harness) or the JVM cannot read the clock. The clock ticks
 *     coarsely (10 ms on Linux), so the figure is never less than the sum of the tasks' own
 *     thread CPU time.
 * @param outcome whether the entry task succeeded
 * @param errorType the entry task's error type when it failed
 * @param errorMessage the entry task's error message when it failed
 * @param calls every call made during the invocation
 * @param tasks every task execution during the invocation
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"application", "function", "entryTask", "setupVersion", "traceId", "invocationId",
        "parentInvocationId", "root", "coldStart", "memoryMb", "startEpochMs", "endEpochMs", "cpuMicros", "outcome",
        "errorType", "errorMessage", "calls", "tasks"})
public record InvocationRecord(String application, String function, String entryTask, int setupVersion,
        String traceId, String invocationId, String parentInvocationId, boolean root, boolean coldStart,
        int memoryMb, long startEpochMs, long endEpochMs, Long cpuMicros, Outcome outcome, String errorType,
        String errorMessage, List<CallRecord> calls, List<TaskTiming> tasks) {

    /** Checks the parts, reads absent lists as empty ones, and freezes the lists. */
    public InvocationRecord {
        Objects.requireNonNull(function, "function must not be null");
        Objects.requireNonNull(invocationId, "invocationId must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        calls = calls == null ? List.of() : List.copyOf(calls);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /**
     * A record without an invocation CPU figure, as written before records carried one.
     *
     * @param application the application's name
     * @param function the platform function name
     * @param entryTask the function's entry task
     * @param setupVersion the setup version
     * @param traceId the trace id
     * @param invocationId the platform's request id
     * @param parentInvocationId the calling invocation, {@code null} for a root request
     * @param root whether an outside client made the request
     * @param coldStart whether this was the first invocation its process served
     * @param memoryMb the function's memory size in MB
     * @param startEpochMs when the invocation started
     * @param endEpochMs when it ended
     * @param outcome whether the entry task succeeded
     * @param errorType the entry task's error type when it failed
     * @param errorMessage the entry task's error message when it failed
     * @param calls every call made during the invocation
     * @param tasks every task execution during the invocation
     */
    public InvocationRecord(String application, String function, String entryTask, int setupVersion,
            String traceId, String invocationId, String parentInvocationId, boolean root, boolean coldStart,
            int memoryMb, long startEpochMs, long endEpochMs, Outcome outcome, String errorType,
            String errorMessage, List<CallRecord> calls, List<TaskTiming> tasks) {
        this(application, function, entryTask, setupVersion, traceId, invocationId, parentInvocationId, root,
                coldStart, memoryMb, startEpochMs, endEpochMs, null, outcome, errorType, errorMessage, calls, tasks);
    }

    /** @return whether the entry task failed */
    public boolean failed() {
        return outcome != Outcome.SUCCESS;
    }

    /** @return the invocation's duration in milliseconds */
    public long durationMs() {
        return endEpochMs - startEpochMs;
    }
}
