package io.fusionize.core.runtime;

import io.fusionize.core.wire.FunctionError;
import java.util.Objects;

/**
 * An invocation that failed as a whole, not only its task: it ran out of time, or it served an
 * async event whose task failed. A platform must report it as a function error (Lambda's
 * {@code Unhandled}), which ends a sync caller's wait with this error type and makes the platform
 * retry an async event.
 *
 * <p>The runtime has emitted the invocation's record before it throws this.
 */
public class InvocationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final String errorMessage;

    /**
     * @param errorType the function error's type, e.g. {@code Sandbox.Timedout} or the failed
     *     task's exception class
     * @param errorMessage its message, possibly {@code null}
     */
    public InvocationFailedException(String errorType, String errorMessage) {
        super(errorType + ": " + errorMessage);
        this.errorType = Objects.requireNonNull(errorType, "errorType must not be null");
        this.errorMessage = errorMessage;
    }

    /** @return the function error's type */
    public String errorType() {
        return errorType;
    }

    /** @return the function error's message, possibly {@code null} */
    public String errorMessage() {
        return errorMessage;
    }

    /** @return the function error as a platform carries it */
    public FunctionError functionError() {
        return new FunctionError(errorType, errorMessage);
    }
}
