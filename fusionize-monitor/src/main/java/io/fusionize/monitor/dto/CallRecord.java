package io.fusionize.monitor.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One call made during an invocation, as the fusion runtime records it.
 *
 * @param callerTask the task that made the call
 * @param callee the called task
 * @param sync whether the caller waited for the result
 * @param local whether the callee ran in-process
 * @param durationMicros how long the call took, as seen by the caller
 * @param bytesIn the size of the callee's input, as serialized JSON
 * @param bytesOut the size of the callee's result, as serialized JSON
 * @param errorType the callee's error type when the call failed, otherwise {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallRecord(String callerTask, String callee, boolean sync, boolean local,
                         long durationMicros, long bytesIn, long bytesOut, String errorType) {
}
