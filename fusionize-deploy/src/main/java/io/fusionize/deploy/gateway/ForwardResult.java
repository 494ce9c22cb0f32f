package io.fusionize.deploy.gateway;

/**
 * The gateway's answer to one root request.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param requestId the platform request id of the root invocation, or {@code null}
 * @param errorType the error type when the request failed, else {@code null}
 */
record ForwardResult(int status, byte[] body, String requestId, String errorType) {

    static ForwardResult of(GatewayException error, String requestId) {
        return new ForwardResult(error.status(), error.body(), requestId, error.type());
    }
}
