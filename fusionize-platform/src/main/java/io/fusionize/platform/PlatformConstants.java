package io.fusionize.platform;

/**
 * Wire constants of the local platform: Lambda's Invoke and control-plane paths, headers and error
 * types, the limits it enforces, and the files it keeps in its state directory.
 */
public final class PlatformConstants {

    /** Path of the function collection of Lambda's control plane. */
    public static final String FUNCTIONS_PATH = "/2015-03-31/functions";
    /** Path prefix of Lambda's concurrency operations, which use a later API date. */
    public static final String CONCURRENCY_API_PATH = "/2017-10-31/functions";
    /** Path of the readiness probe; it needs no token. */
    public static final String HEALTH_PATH = "/health";
    /**
     * Path of the telemetry feed: reports and instance log lines after a sequence number, as JSON;
     * it needs the token. Not part of Lambda's API.
     */
    public static final String TELEMETRY_PATH = "/2015-03-31/local/telemetry";
    /** Query parameter of {@link #TELEMETRY_PATH}: the last sequence number the client has seen. */
    public static final String QUERY_AFTER = "after";
    /** Query parameter of {@link #TELEMETRY_PATH}: how long to wait for a new item, in ms. */
    public static final String QUERY_WAIT_MS = "waitMs";
    /** Path prefix under which each instance reaches its own Runtime API. */
    public static final String INSTANCE_PATH_PREFIX = "/i/";

    /** Request header: {@code RequestResponse}, {@code Event} or {@code DryRun}. */
    public static final String HEADER_INVOCATION_TYPE = "X-Amz-Invocation-Type";
    /** Request header: {@code None} or {@code Tail}. */
    public static final String HEADER_LOG_TYPE = "X-Amz-Log-Type";
    /** Request header: base64 client context. */
    public static final String HEADER_CLIENT_CONTEXT = "X-Amz-Client-Context";
    /** Response header: {@code Unhandled} when the function failed. */
    public static final String HEADER_FUNCTION_ERROR = "X-Amz-Function-Error";
    /** Response header: base64 of the last 4 KB of the invocation's log. */
    public static final String HEADER_LOG_RESULT = "X-Amz-Log-Result";
    /** Response header: the version that ran. */
    public static final String HEADER_EXECUTED_VERSION = "X-Amz-Executed-Version";
    /** Response header: the request id. */
    public static final String HEADER_REQUEST_ID = "x-amzn-RequestId";
    /** Response header: the error type of an API error, which the AWS SDK reads. */
    public static final String HEADER_ERROR_TYPE = "x-amzn-ErrorType";
    /** Request header carrying the bearer token. */
    public static final String HEADER_AUTHORIZATION = "Authorization";
    /** Scheme prefix of the authorization header. */
    public static final String BEARER_PREFIX = "Bearer ";
    /** Query parameter selecting a version or alias. */
    public static final String QUERY_QUALIFIER = "Qualifier";

    /** Invocation type: synchronous. */
    public static final String INVOCATION_REQUEST_RESPONSE = "RequestResponse";
    /** Invocation type: asynchronous, queued. */
    public static final String INVOCATION_EVENT = "Event";
    /** Invocation type: validate only. */
    public static final String INVOCATION_DRY_RUN = "DryRun";
    /** Log type asking for the log tail. */
    public static final String LOG_TYPE_TAIL = "Tail";
    /** Value of {@link #HEADER_FUNCTION_ERROR} for errors the function did not handle. */
    public static final String FUNCTION_ERROR_UNHANDLED = "Unhandled";
    /** The unpublished version. */
    public static final String LATEST = "$LATEST";

    /** Largest synchronous request or response payload: 6 MB. */
    public static final int MAX_SYNC_PAYLOAD_BYTES = 6 * 1024 * 1024;
    /** Largest asynchronous event payload: 1 MB. */
    public static final int MAX_ASYNC_PAYLOAD_BYTES = 1024 * 1024;
    /**
     * @param invocationType the {@link #HEADER_INVOCATION_TYPE} header, or {@code null}
     * @return the largest payload that type of invocation accepts
     */
    public static int maxPayloadBytes(String invocationType) {
        return INVOCATION_EVENT.equals(invocationType) ? MAX_ASYNC_PAYLOAD_BYTES : MAX_SYNC_PAYLOAD_BYTES;
    }

    /** How much of the log {@link #HEADER_LOG_RESULT} carries. */
    public static final int LOG_TAIL_BYTES = 4 * 1024;
    /** Smallest memory size. */
    public static final int MIN_MEMORY_MB = 128;
    /** Largest memory size. */
    public static final int MAX_MEMORY_MB = 10_240;
    /** Longest function timeout in seconds. */
    public static final int MAX_TIMEOUT_SECONDS = 900;
    /** Memory size that buys one full vCPU. */
    public static final int MB_PER_VCPU = 1769;

    /** Error type: the function or qualifier does not exist. */
    public static final String ERROR_RESOURCE_NOT_FOUND = "ResourceNotFoundException";
    /** Error type: the function already exists, or the change conflicts with existing state. */
    public static final String ERROR_RESOURCE_CONFLICT = "ResourceConflictException";
    /** Error type: a parameter is invalid. */
    public static final String ERROR_INVALID_PARAMETER = "InvalidParameterValueException";
    /** Error type: the request body is not valid JSON or not the expected shape. */
    public static final String ERROR_INVALID_REQUEST_CONTENT = "InvalidRequestContentException";
    /** Error type: the revision id given does not match the current one. */
    public static final String ERROR_PRECONDITION_FAILED = "PreconditionFailedException";
    /** Error type: the payload is too large. */
    public static final String ERROR_REQUEST_TOO_LARGE = "RequestTooLargeException";
    /** Error type: the concurrency limit is reached. */
    public static final String ERROR_TOO_MANY_REQUESTS = "TooManyRequestsException";
    /** Error type: the uploaded code is unusable (bad zip, zip-slip). */
    public static final String ERROR_INVALID_ZIP = "InvalidZipFileException";
    /** Error type: the request carried no token. */
    public static final String ERROR_MISSING_TOKEN = "MissingAuthenticationTokenException";
    /** Error type: the request carried a wrong token. */
    public static final String ERROR_INVALID_TOKEN = "UnrecognizedClientException";
    /** Error type: an internal failure of the platform. */
    public static final String ERROR_SERVICE = "ServiceException";

    /** Function error type: the invocation ran past its timeout. */
    public static final String FUNCTION_ERROR_TIMEOUT = "Sandbox.Timedout";
    /** Function error type: the instance process exited during the invocation. */
    public static final String FUNCTION_ERROR_EXIT = "Runtime.ExitError";
    /** Function error type: the instance ran out of memory. */
    public static final String FUNCTION_ERROR_OUT_OF_MEMORY = "Runtime.OutOfMemory";
    /** Function error type: the function's response exceeded the payload limit. */
    public static final String FUNCTION_ERROR_RESPONSE_TOO_LARGE = "Function.ResponseSizeTooLarge";

    /** State file: the bearer token. */
    public static final String TOKEN_FILE = "token";
    /** State file: one JSON report per line. */
    public static final String REPORTS_FILE = "reports.jsonl";
    /** State directory: one JSON file per function. */
    public static final String FUNCTIONS_DIR = "functions";
    /** State directory: unpacked code, one directory per code hash. */
    public static final String CODE_DIR = "code";
    /** State directory: one log file per function. */
    public static final String LOGS_DIR = "logs";
    /** State directory: class-data-sharing archives. */
    public static final String CDS_DIR = "cds";
    /** State directory: the runtime's classes when they must be extracted from a bundle. */
    public static final String RUNTIME_DIR = "runtime";
    /** State directory: the async event queue. */
    public static final String ASYNC_DIR = "async";

    /** Account id used in ARNs. */
    public static final String ACCOUNT_ID = "000000000000";

    private PlatformConstants() {
    }
}
