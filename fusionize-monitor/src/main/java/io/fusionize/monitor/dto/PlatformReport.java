package io.fusionize.monitor.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the platform reports about one invocation, like Lambda's REPORT line.
 *
 * @param requestId the platform's request id; equals the record's invocation id
 * @param functionName the platform function's name, {@code APP-ENTRY}
 * @param version the function version that ran, the setup version as text
 * @param memoryMb the function's memory size
 * @param invocationType {@code RequestResponse} or {@code Event}
 * @param coldStart whether an instance started for this invocation
 * @param durationMs how long the handler ran
 * @param billedDurationMs the billed duration
 * @param initDurationMs how long the instance's init took, when cold
 * @param maxMemoryUsedMb the peak memory the instance used
 * @param costUsd what the invocation cost
 * @param outcome {@code Success}, {@code Unhandled} or {@code Throttled}
 * @param errorType the platform's error type, such as {@code Sandbox.Timedout}
 * @param startEpochMs when the invocation started
 * @param endEpochMs when the invocation ended
 * @param cpuLimitEnforced whether the CPU quota was enforced
 * @param memoryLimitEnforced whether the memory limit was enforced
 * @param oversubscribed whether the host ran more instances than it had cores for
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlatformReport(String requestId, String functionName, String version, Integer memoryMb,
                             String invocationType, boolean coldStart, double durationMs, long billedDurationMs,
                             Double initDurationMs, Double maxMemoryUsedMb, Double costUsd, String outcome,
                             String errorType, long startEpochMs, long endEpochMs, boolean cpuLimitEnforced,
                             boolean memoryLimitEnforced, boolean oversubscribed) {

    /** The outcome of an invocation that ran to completion. */
    public static final String SUCCESS = "Success";
    /** The error type of an invocation stopped at its timeout. */
    public static final String TIMED_OUT = "Sandbox.Timedout";
    /** The error type of an invocation that ran out of memory. */
    public static final String OUT_OF_MEMORY = "Runtime.OutOfMemory";
    /** The error type of an invocation whose process exited. */
    public static final String EXIT_ERROR = "Runtime.ExitError";

    /** @return whether the platform saw the invocation fail */
    public boolean failed() {
        return outcome != null && !SUCCESS.equals(outcome);
    }
}
