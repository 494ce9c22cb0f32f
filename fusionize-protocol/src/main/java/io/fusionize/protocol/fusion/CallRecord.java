package io.fusionize.protocol.fusion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One call made during an invocation, by the entry task or by any task run inline.
 *
 * <p>A sync call's duration spans until its result arrived. An async call's duration spans the
 * inline execution for a local callee, and the hand-over to the platform for a remote one.
 *
 * @param callerTask the task that made the call
 * @param callee the called task
 * @param sync whether the call was sync
 * @param local whether the callee ran in-process
 * @param durationMicros the call's wall time in microseconds
 * @param bytesIn the callee's input size, as serialized JSON
 * @param bytesOut the callee's result size, as serialized JSON; 0 for async calls and failures
 * @param errorType the callee's error type when the call failed, otherwise {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"callerTask", "callee", "sync", "local", "durationMicros", "bytesIn", "bytesOut",
        "errorType"})
public record CallRecord(String callerTask, String callee, boolean sync, boolean local,
        long durationMicros, long bytesIn, long bytesOut, String errorType) {

    /** Checks the parts. */
    public CallRecord {
        Objects.requireNonNull(callerTask, "callerTask must not be null");
        Objects.requireNonNull(callee, "callee must not be null");
    }
}
