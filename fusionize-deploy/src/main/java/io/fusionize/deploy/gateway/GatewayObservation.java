package io.fusionize.deploy.gateway;

/**
 * What the gateway saw of one root request.
 *
 * @param application the application's name
 * @param entryTask the entry task called
 * @param setupVersion the version that served it, or 0 when it never reached one
 * @param requestId the platform request id of the root invocation, or {@code null}
 * @param async whether the client asked for an async (202) call
 * @param status the HTTP status the client got
 * @param latencyMs the time from receiving the request to having the answer, in milliseconds
 * @param epochMs when the request arrived
 * @param errorType the error type when the request failed, else {@code null}
 */
public record GatewayObservation(String application, String entryTask, int setupVersion, String requestId,
        boolean async, int status, double latencyMs, long epochMs, String errorType) {

    /** @return whether the client got what it asked for (2xx) */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
