package io.fusionize.core.wire;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The {@code fusionize} part of an event: what a remote callee needs to stay in its caller's
 * trace and setup version.
 *
 * @param traceId the trace shared by every invocation of one root request
 * @param parentInvocationId the invocation that made the call
 * @param setupVersion the setup version the whole request runs under
 * @param callerTask the task that made the call
 */
@JsonPropertyOrder({"traceId", "parentInvocationId", "setupVersion", "callerTask"})
public record FusionHeader(String traceId, String parentInvocationId, int setupVersion, String callerTask) {

    /** Checks the parts. */
    public FusionHeader {
        Objects.requireNonNull(traceId, "traceId must not be null");
    }
}
