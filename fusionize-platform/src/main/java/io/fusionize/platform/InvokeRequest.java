package io.fusionize.platform;

import java.util.Objects;

/**
 * One call of Lambda's Invoke API.
 *
 * @param functionName the {@code FunctionName} path parameter: a name, {@code name:qualifier} or ARN
 * @param qualifier the {@code Qualifier} query parameter, or {@code null}
 * @param invocationType {@code RequestResponse}, {@code Event}, {@code DryRun}, or {@code null}
 * @param logType {@code Tail}, {@code None}, or {@code null}
 * @param clientContext the {@code X-Amz-Client-Context} header, or {@code null}
 * @param payload the event
 */
public record InvokeRequest(String functionName, String qualifier, String invocationType, String logType,
        String clientContext, byte[] payload) {

    /** @throws NullPointerException if the function name or payload is missing */
    public InvokeRequest {
        Objects.requireNonNull(functionName, "functionName must not be null");
        Objects.requireNonNull(payload, "payload must not be null");
    }

    /**
     * @param functionName the function, optionally qualified
     * @param payload the event
     * @return a synchronous invocation without log tail
     */
    public static InvokeRequest sync(String functionName, byte[] payload) {
        return new InvokeRequest(functionName, null, null, null, null, payload);
    }
}
