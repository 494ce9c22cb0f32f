package io.fusionize.lambda.runtime;

/**
 * One event as handed out by {@code GET /runtime/invocation/next}.
 *
 * @param requestId the request id
 * @param deadlineEpochMs when the invocation times out, in epoch milliseconds
 * @param invokedFunctionArn the ARN the client invoked
 * @param traceId the trace id header, or {@code null}
 * @param clientContext the client context header, or {@code null}
 * @param cognitoIdentity the Cognito identity header, or {@code null}
 * @param payload the event body
 */
public record NextInvocation(String requestId, long deadlineEpochMs, String invokedFunctionArn,
        String traceId, String clientContext, String cognitoIdentity, byte[] payload) {
}
