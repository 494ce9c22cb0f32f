package io.fusionize.platform.internal.instance;

import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.FunctionErrorBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * How an invocation ended: a result, or a function error with Lambda's error body.
 *
 * @param success whether the function returned normally
 * @param body the result, or the error JSON {@code {"errorType","errorMessage",...}}
 * @param errorType the error type, {@code null} on success
 */
public record InvocationOutcome(boolean success, byte[] body, String errorType) {

    /** @throws NullPointerException if the body is missing */
    public InvocationOutcome {
        Objects.requireNonNull(body, "body must not be null");
    }

    /**
     * @param body the function's result
     * @return a successful outcome
     */
    public static InvocationOutcome success(byte[] body) {
        return new InvocationOutcome(true, body, null);
    }

    /**
     * @param errorType the error type, e.g. {@code Sandbox.Timedout}
     * @param errorMessage the message
     * @return a function error with the body {@code {"errorType","errorMessage"}}
     */
    public static InvocationOutcome error(String errorType, String errorMessage) {
        try {
            byte[] body = ProtocolJson.omittingNulls()
                    .writeValueAsBytes(new FunctionErrorBody(errorType, errorMessage));
            return new InvocationOutcome(false, body, errorType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param errorType the error type the runtime reported
     * @param body the error body the runtime posted, passed through as Lambda does
     * @return a function error
     */
    public static InvocationOutcome error(String errorType, byte[] body) {
        return new InvocationOutcome(false, body, Objects.requireNonNull(errorType, "errorType must not be null"));
    }
}
