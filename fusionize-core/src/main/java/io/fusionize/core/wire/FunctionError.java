package io.fusionize.core.wire;

/**
 * A platform's report that a function invocation itself failed (timeout, crash, out of memory, or
 * an exception that escaped the handler), sent with the {@code X-Amz-Function-Error} header.
 *
 * @param errorType the platform's error type, e.g. {@code Sandbox.Timedout}
 * @param errorMessage the platform's message, possibly {@code null}
 */
public record FunctionError(String errorType, String errorMessage) {
}
