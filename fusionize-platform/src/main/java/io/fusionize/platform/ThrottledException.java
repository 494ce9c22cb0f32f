package io.fusionize.platform;

/** A 429 {@code TooManyRequestsException}: a concurrency limit is reached. */
public final class ThrottledException extends PlatformException {

    private static final long serialVersionUID = 1L;

    /** Reason: the function's own limit is reached. */
    public static final String REASON_FUNCTION = "ReservedFunctionConcurrentInvocationLimitExceeded";
    /** Reason: the platform-wide limit is reached. */
    public static final String REASON_GLOBAL = "ConcurrentInvocationLimitExceeded";

    private final String reason;

    /**
     * @param reason {@link #REASON_FUNCTION} or {@link #REASON_GLOBAL}
     * @param message which limit, for the person reading it
     */
    public ThrottledException(String reason, String message) {
        super(429, PlatformConstants.ERROR_TOO_MANY_REQUESTS, message);
        this.reason = reason;
    }

    /** @return the Lambda throttling reason */
    public String reason() {
        return reason;
    }
}
