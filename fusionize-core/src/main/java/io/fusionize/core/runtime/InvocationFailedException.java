package io.fusionize.core.runtime;

import io.fusionize.protocol.lambda.FunctionErrorBody;
import java.util.Objects;

/**
 * An invocation that ended as a function error rather than with a task response. Both ends of a
 * call meet it:
 *
 * <ul>
 *   <li>the runtime throws it when its own invocation failed as a whole: it ran out of time, or it
 *       served an async event whose task failed. A platform must report it as a function error
 *       (Lambda's {@code Unhandled}), which ends a sync caller's wait with this error type and
 *       makes the platform retry an async event. The runtime has emitted the invocation's record
 *       before it throws this.</li>
 *   <li>a {@link RemoteInvoker} throws it when a remote invocation produced no task response: the
 *       platform reported a function error, or rejected or never received the request. The
 *       runtime turns it into the caller's {@link io.fusionize.api.TaskFailedException}, keeping
 *       the error type.</li>
 * </ul>
 */
public class InvocationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final String errorMessage;

    /**
     * @param errorType the function error's type, e.g. {@code Sandbox.Timedout},
     *     {@code TooManyRequestsException} or the failed task's exception class
     * @param errorMessage its message, possibly {@code null}
     */
    public InvocationFailedException(String errorType, String errorMessage) {
        this(errorType, errorMessage, null);
    }

    /**
     * @param errorType the function error's type
     * @param errorMessage its message, possibly {@code null}
     * @param cause the underlying failure, possibly {@code null}
     */
    public InvocationFailedException(String errorType, String errorMessage, Throwable cause) {
        super(errorType + ": " + errorMessage, cause);
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
    public FunctionErrorBody functionError() {
        return new FunctionErrorBody(errorType, errorMessage);
    }
}
