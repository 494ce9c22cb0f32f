package io.fusionize.platform;

import io.fusionize.protocol.lambda.LambdaErrors;

/** A 429 {@code TooManyRequestsException}: a concurrency limit is reached. */
public final class ThrottledException extends PlatformException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * @param reason {@link LambdaErrors#REASON_FUNCTION_CONCURRENCY} or
     *     {@link LambdaErrors#REASON_ACCOUNT_CONCURRENCY}
     * @param message which limit, for the person reading it
     */
    public ThrottledException(String reason, String message) {
        super(429, LambdaErrors.TOO_MANY_REQUESTS, message);
        this.reason = reason;
    }

    /** @return the Lambda throttling reason */
    public String reason() {
        return reason;
    }
}
