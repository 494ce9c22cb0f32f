package io.fusionize.monitor.dto;

import java.util.Objects;

/**
 * The latency of one root request as the client saw it at the gateway.
 *
 * @param application the application's name
 * @param setupVersion the setup version the gateway sent the request to
 * @param traceId the request's trace id, when known
 * @param requestId the platform request id of the root invocation, when known
 * @param latencyMs the end-to-end latency
 * @param success whether the client got a result rather than an error
 * @param epochMs when the request arrived
 */
public record ClientLatency(String application, int setupVersion, String traceId, String requestId,
                            double latencyMs, boolean success, long epochMs) {

    /** Checks the parts. */
    public ClientLatency {
        Objects.requireNonNull(application, "application must not be null");
        if (latencyMs < 0 || Double.isNaN(latencyMs)) {
            throw new IllegalArgumentException("latencyMs must be a non-negative number, was " + latencyMs);
        }
    }
}
