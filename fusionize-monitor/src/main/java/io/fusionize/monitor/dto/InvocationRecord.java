package io.fusionize.monitor.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the fusion runtime reports about one invocation: the JSON after
 * {@code FUSIONIZE_RECORD } on an instance's stdout.
 *
 * @param application the application's name
 * @param function the platform function's name, {@code APP-ENTRY}
 * @param entryTask the task the invocation started with
 * @param setupVersion the setup version that served the request
 * @param traceId the id shared by every invocation of one root request
 * @param invocationId the platform's request id of this invocation
 * @param parentInvocationId the invocation that called this one, {@code null} for a root
 * @param root whether this invocation is the root of its trace
 * @param coldStart whether the instance started for this invocation
 * @param memoryMb the function's memory size
 * @param startEpochMs when the invocation started
 * @param endEpochMs when the invocation ended
 * @param outcome {@code SUCCESS} or {@code ERROR}
 * @param errorType the error type when the entry task failed
 * @param errorMessage the error message when the entry task failed
 * @param calls every call made during the invocation
 * @param tasks time spent per task
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvocationRecord(String application, String function, String entryTask, Integer setupVersion,
                               String traceId, String invocationId, String parentInvocationId, boolean root,
                               boolean coldStart, Integer memoryMb, long startEpochMs, long endEpochMs,
                               String outcome, String errorType, String errorMessage,
                               List<CallRecord> calls, List<TaskTiming> tasks) {

    /** The outcome of an invocation whose entry task returned normally. */
    public static final String SUCCESS = "SUCCESS";

    /** Replaces absent lists with empty ones. */
    public InvocationRecord {
        calls = calls == null ? List.of() : List.copyOf(calls);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** @return whether the entry task failed */
    public boolean failed() {
        return outcome != null && !SUCCESS.equals(outcome);
    }
}
