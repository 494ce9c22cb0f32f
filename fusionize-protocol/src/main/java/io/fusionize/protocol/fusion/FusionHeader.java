package io.fusionize.protocol.fusion;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The {@code fusionize} part of an event: what a remote callee needs to stay in its caller's
 * trace and setup version, and to know how it was called.
 *
 * @param traceId the trace shared by every invocation of one root request
 * @param parentInvocationId the invocation that made the call
 * @param setupVersion the setup version the whole request runs under
 * @param callerTask the task that made the call
 * @param async whether the call was async; the callee then reports its task's failure as a
 *     function error, so that the platform retries the event as Lambda retries a failed
 *     {@code Event} invocation. Left out of the JSON when {@code false}.
 * @param depth how many task-call hops the callee is from its request's root task, 1 for a
 *     callee of the root task; the runtime refuses a call beyond
 *     {@link io.fusionize.protocol.lambda.LambdaLimits#MAX_CALL_DEPTH}. Left out of the JSON when
 *     0, and read as 0 from headers that do not carry it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"traceId", "parentInvocationId", "setupVersion", "callerTask", "async", "depth"})
public record FusionHeader(String traceId, String parentInvocationId, int setupVersion, String callerTask,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean async,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int depth) {

    /** Checks the parts. */
    public FusionHeader {
        Objects.requireNonNull(traceId, "traceId must not be null");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative, was " + depth);
        }
    }

    /**
     * A header without a depth, as runtimes wrote it before they counted hops.
     *
     * @param traceId the trace shared by every invocation of one root request
     * @param parentInvocationId the invocation that made the call
     * @param setupVersion the setup version the whole request runs under
     * @param callerTask the task that made the call
     * @param async whether the call was async
     */
    public FusionHeader(String traceId, String parentInvocationId, int setupVersion, String callerTask,
            boolean async) {
        this(traceId, parentInvocationId, setupVersion, callerTask, async, 0);
    }

    /**
     * The header of a sync call.
     *
     * @param traceId the trace shared by every invocation of one root request
     * @param parentInvocationId the invocation that made the call
     * @param setupVersion the setup version the whole request runs under
     * @param callerTask the task that made the call
     */
    public FusionHeader(String traceId, String parentInvocationId, int setupVersion, String callerTask) {
        this(traceId, parentInvocationId, setupVersion, callerTask, false, 0);
    }
}
