package io.fusionize.platform;

/**
 * The answer to an Invoke call.
 *
 * @param statusCode 200, 202 or 204
 * @param body the result or error JSON; empty for 202 and 204
 * @param functionError {@code Unhandled} when the function failed, else {@code null}
 * @param logResult base64 log tail when {@code Tail} was asked for, else {@code null}
 * @param executedVersion the version that ran, or {@code null} for {@code Event}
 * @param requestId the request id
 */
public record InvokeResult(int statusCode, byte[] body, String functionError, String logResult,
        String executedVersion, String requestId) {
}
