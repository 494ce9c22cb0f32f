package io.fusionize.lambda.runtime;

import io.fusionize.protocol.lambda.LambdaErrors;

/** The handler could not be loaded or constructed; reported through the init-error endpoint. */
public final class HandlerInitException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String errorType;

    /**
     * @param errorType the Lambda error type, e.g. {@link LambdaErrors#CLASS_NOT_FOUND}
     * @param message what went wrong, for the person reading the error
     * @param cause the underlying failure, or {@code null}
     */
    public HandlerInitException(String errorType, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
    }

    /** @return the Lambda error type to report */
    public String errorType() {
        return errorType;
    }
}
