package io.fusionize.protocol.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of a function error: posted by a runtime to the Runtime API, and answered by the Invoke
 * API with {@link LambdaApi#HEADER_FUNCTION_ERROR} when a function failed (timeout, crash, out of
 * memory, or an exception that escaped the handler).
 *
 * @param errorType the error's type, e.g. an exception class or {@code Sandbox.Timedout}
 * @param errorMessage the error's message, possibly {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"errorType", "errorMessage"})
public record FunctionErrorBody(
        @JsonProperty("errorType") String errorType,
        @JsonProperty("errorMessage") String errorMessage) {

    /** JSON key of the error type, in function errors and task errors alike. */
    public static final String KEY_ERROR_TYPE = "errorType";
    /** JSON key of the error message, in function errors and task errors alike. */
    public static final String KEY_ERROR_MESSAGE = "errorMessage";
}
