package io.fusionize.protocol.lambda;

/**
 * Error types of AWS Lambda: those of API errors (sent in {@link LambdaApi#HEADER_ERROR_TYPE} and
 * a {@link LambdaErrorBody}) and those of function errors (sent in a {@link FunctionErrorBody}).
 */
public final class LambdaErrors {

    /** API error: the function or qualifier does not exist (404). */
    public static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";
    /** API error: the function already exists, or the change conflicts with existing state (409). */
    public static final String RESOURCE_CONFLICT = "ResourceConflictException";
    /** API error: a parameter is invalid (400). */
    public static final String INVALID_PARAMETER = "InvalidParameterValueException";
    /** API error: the request body is not valid JSON or not the expected shape (400). */
    public static final String INVALID_REQUEST_CONTENT = "InvalidRequestContentException";
    /** API error: the revision id given does not match the current one (412). */
    public static final String PRECONDITION_FAILED = "PreconditionFailedException";
    /** API error: the payload is too large (413). */
    public static final String REQUEST_TOO_LARGE = "RequestTooLargeException";
    /** API error: the concurrency limit is reached (429). */
    public static final String TOO_MANY_REQUESTS = "TooManyRequestsException";
    /** Throttling reason of {@link #TOO_MANY_REQUESTS}: the function's own concurrency limit is reached. */
    public static final String REASON_FUNCTION_CONCURRENCY = "ReservedFunctionConcurrentInvocationLimitExceeded";
    /** Throttling reason of {@link #TOO_MANY_REQUESTS}: the account-wide concurrency limit is reached. */
    public static final String REASON_ACCOUNT_CONCURRENCY = "ConcurrentInvocationLimitExceeded";
    /** API error: the uploaded code is unusable (bad zip, zip-slip) (400). */
    public static final String INVALID_ZIP = "InvalidZipFileException";
    /** API error: the request carried no credentials (403). */
    public static final String MISSING_TOKEN = "MissingAuthenticationTokenException";
    /** API error: the request carried wrong credentials (403). */
    public static final String INVALID_TOKEN = "UnrecognizedClientException";
    /** API error: the service has no operation at this method and path (404). */
    public static final String UNKNOWN_OPERATION = "UnknownOperationException";
    /** API error: an internal failure of the service (500). */
    public static final String SERVICE = "ServiceException";

    /** Function error header value, and error type of a function error whose body names none. */
    public static final String UNHANDLED = "Unhandled";
    /** Function error: the invocation ran past its timeout. */
    public static final String TIMEOUT = "Sandbox.Timedout";
    /** Message of a timed-out invocation, as Lambda words it; the argument is its limit in seconds. */
    public static final String TIMEOUT_MESSAGE_FORMAT = "Task timed out after %.2f seconds";
    /** Function error: the instance process exited during the invocation. */
    public static final String EXIT = "Runtime.ExitError";
    /** Function error: the instance ran out of memory. */
    public static final String OUT_OF_MEMORY = "Runtime.OutOfMemory";
    /** Function error: the function's response exceeded the payload limit. */
    public static final String RESPONSE_TOO_LARGE = "Function.ResponseSizeTooLarge";
    /** Init error: the handler class could not be found. */
    public static final String CLASS_NOT_FOUND = "Runtime.ClassNotFound";
    /** Init error: the handler is not a usable handler. */
    public static final String INVALID_HANDLER = "Runtime.InvalidHandler";
    /** Init error: the handler's construction or static initialization threw. */
    public static final String INIT_FAILED = "Runtime.InitError";
    /** Error of a call that would make a request's call chain longer than {@link LambdaLimits#MAX_CALL_DEPTH}. */
    public static final String RECURSIVE_INVOCATION = "RecursiveInvocationException";

    private LambdaErrors() {
    }
}
