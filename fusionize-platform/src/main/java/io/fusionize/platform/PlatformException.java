package io.fusionize.platform;

import io.fusionize.protocol.lambda.LambdaErrors;
import java.util.Objects;

/**
 * A failure the platform reports to its client with Lambda's error shape: an HTTP status and an
 * error type such as {@code ResourceNotFoundException}.
 */
public class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorType;

    /**
     * @param httpStatus the HTTP status to answer with
     * @param errorType the Lambda error type, sent as {@code x-amzn-ErrorType}
     * @param message what went wrong, for the person reading it
     */
    public PlatformException(int httpStatus, String errorType, String message) {
        this(httpStatus, errorType, message, null);
    }

    /**
     * @param httpStatus the HTTP status to answer with
     * @param errorType the Lambda error type, sent as {@code x-amzn-ErrorType}
     * @param message what went wrong, for the person reading it
     * @param cause the underlying failure, or {@code null}
     */
    public PlatformException(int httpStatus, String errorType, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorType = Objects.requireNonNull(errorType, "errorType must not be null");
    }

    /** @return the HTTP status to answer with */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the Lambda error type */
    public String errorType() {
        return errorType;
    }

    /**
     * @param message what is missing
     * @return a 404 {@code ResourceNotFoundException}
     */
    public static PlatformException notFound(String message) {
        return new PlatformException(404, LambdaErrors.RESOURCE_NOT_FOUND, message);
    }

    /**
     * @param message what conflicts
     * @return a 409 {@code ResourceConflictException}
     */
    public static PlatformException conflict(String message) {
        return new PlatformException(409, LambdaErrors.RESOURCE_CONFLICT, message);
    }

    /**
     * @param message which parameter is wrong and why
     * @return a 400 {@code InvalidParameterValueException}
     */
    public static PlatformException invalidParameter(String message) {
        return new PlatformException(400, LambdaErrors.INVALID_PARAMETER, message);
    }

    /**
     * @param message why the body is unusable
     * @param cause the parse failure, or {@code null}
     * @return a 400 {@code InvalidRequestContentException}
     */
    public static PlatformException invalidContent(String message, Throwable cause) {
        return new PlatformException(400, LambdaErrors.INVALID_REQUEST_CONTENT, message, cause);
    }

    /**
     * @param message why the code is unusable
     * @param cause the underlying failure, or {@code null}
     * @return a 400 {@code InvalidZipFileException}
     */
    public static PlatformException invalidZip(String message, Throwable cause) {
        return new PlatformException(400, LambdaErrors.INVALID_ZIP, message, cause);
    }

    /**
     * @param message which revision was expected
     * @return a 412 {@code PreconditionFailedException}
     */
    public static PlatformException preconditionFailed(String message) {
        return new PlatformException(412, LambdaErrors.PRECONDITION_FAILED, message);
    }

    /**
     * @param limitBytes the limit that was exceeded
     * @return a 413 {@code RequestTooLargeException}
     */
    public static PlatformException tooLarge(int limitBytes) {
        return new PlatformException(413, LambdaErrors.REQUEST_TOO_LARGE,
                "Request must be smaller than " + limitBytes + " bytes for the InvokeFunction operation");
    }
}
