package io.fusionize.protocol.telemetry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a platform reports about one invocation, like Lambda's REPORT line. The local platform
 * writes it to its listeners, its telemetry feed and {@code STATE/reports.jsonl}; the monitor reads it.
 *
 * @param requestId the invocation's request id; equals the invocation record's {@code invocationId}
 * @param functionName the function, {@code APP-ENTRY} for a fusion function
 * @param version the version that ran ({@code $LATEST} or a number)
 * @param memoryMb the configured memory size
 * @param invocationType {@code RequestResponse} or {@code Event}
 * @param coldStart whether a new instance was started for it
 * @param durationMs how long the function ran
 * @param billedDurationMs the billed duration: init (when billed) plus duration, rounded up to 1 ms
 * @param initDurationMs the instance's init duration on a cold start, 0 otherwise
 * @param maxMemoryUsedMb the instance process's resident-set high-water mark
 * @param costUsd what the invocation costs under the price table
 * @param outcome {@link #OUTCOME_SUCCESS}, {@link #OUTCOME_UNHANDLED} or {@link #OUTCOME_THROTTLED}
 * @param errorType the error type for {@code Unhandled} and {@code Throttled}, else {@code null}
 * @param startEpochMs when the function started to run
 * @param endEpochMs when it ended
 * @param cpuLimitEnforced whether the CPU quota was enforced by the kernel
 * @param memoryLimitEnforced whether the memory limit was enforced by the kernel
 * @param oversubscribed whether the busy instances' CPU quotas exceeded the machine's cores at any
 *     time during the invocation
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"requestId", "functionName", "version", "memoryMb", "invocationType", "coldStart", "durationMs",
        "billedDurationMs", "initDurationMs", "maxMemoryUsedMb", "costUsd", "outcome", "errorType", "startEpochMs",
        "endEpochMs", "cpuLimitEnforced", "memoryLimitEnforced", "oversubscribed"})
public record InvocationReport(
        String requestId,
        String functionName,
        String version,
        int memoryMb,
        String invocationType,
        boolean coldStart,
        double durationMs,
        long billedDurationMs,
        double initDurationMs,
        long maxMemoryUsedMb,
        double costUsd,
        String outcome,
        String errorType,
        long startEpochMs,
        long endEpochMs,
        boolean cpuLimitEnforced,
        boolean memoryLimitEnforced,
        boolean oversubscribed) {

    /** Outcome of a successful invocation. */
    public static final String OUTCOME_SUCCESS = "Success";
    /** Outcome of a function error, timeout or crash. */
    public static final String OUTCOME_UNHANDLED = "Unhandled";
    /** Outcome of an invocation refused for lack of concurrency. */
    public static final String OUTCOME_THROTTLED = "Throttled";

    /** @return whether the platform saw the invocation fail or refused it */
    public boolean failed() {
        return outcome != null && !OUTCOME_SUCCESS.equals(outcome);
    }
}
