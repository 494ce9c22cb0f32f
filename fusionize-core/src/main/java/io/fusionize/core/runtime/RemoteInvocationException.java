package io.fusionize.core.runtime;

import java.util.Objects;

/**
 * A remote invocation that produced no task response: the platform reported a function error, or
 * rejected or never received the request. The runtime turns it into the caller's
 * {@link io.fusionize.api.TaskFailedException}, keeping the error type.
 */
public class RemoteInvocationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final String errorMessage;

    /**
     * @param errorType the platform's error type, e.g. {@code Sandbox.Timedout} or
     *     {@code TooManyRequestsException}
     * @param errorMessage the platform's message, possibly {@code null}
     */
    public RemoteInvocationException(String errorType, String errorMessage) {
        this(errorType, errorMessage, null);
    }

    /**
     * @param errorType the error type
     * @param errorMessage the message, possibly {@code null}
     * @param cause the underlying failure, possibly {@code null}
     */
    public RemoteInvocationException(String errorType, String errorMessage, Throwable cause) {
        super(errorType + ": " + errorMessage, cause);
        this.errorType = Objects.requireNonNull(errorType, "errorType must not be null");
        this.errorMessage = errorMessage;
    }

    /** @return the platform's error type */
    public String errorType() {
        return errorType;
    }

    /** @return the platform's message, possibly {@code null} */
    public String errorMessage() {
        return errorMessage;
    }
}
