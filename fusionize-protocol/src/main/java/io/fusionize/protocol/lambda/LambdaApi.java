package io.fusionize.protocol.lambda;

/**
 * Paths, headers, query parameters and invocation types of AWS Lambda's Invoke and control-plane
 * API, as the AWS SDK sends them and every Lambda-compatible platform answers them.
 */
public final class LambdaApi {

    /** Path of the function collection of Lambda's control plane. */
    public static final String FUNCTIONS_PATH = "/2015-03-31/functions";
    /** Invoke API path before the function name. */
    public static final String INVOKE_PATH_PREFIX = FUNCTIONS_PATH + "/";
    /** Invoke API path after the function name. */
    public static final String INVOKE_PATH_SUFFIX = "/invocations";
    /** Path prefix of Lambda's concurrency operations, which use a later API date. */
    public static final String CONCURRENCY_API_PATH = "/2017-10-31/functions";
    /** Path prefix of GetFunctionConcurrency, which lives under a later API date than Put and Delete. */
    public static final String CONCURRENCY_READ_API_PATH = "/2019-09-30/functions";
    /** Query parameter selecting a version or alias. */
    public static final String QUERY_QUALIFIER = "Qualifier";
    /** Query parameter of list operations: the most items one page may hold. */
    public static final String QUERY_MAX_ITEMS = "MaxItems";
    /** Query parameter of list operations: the {@code NextMarker} of the previous page. */
    public static final String QUERY_MARKER = "Marker";

    /** Request header: {@code RequestResponse}, {@code Event} or {@code DryRun}. */
    public static final String HEADER_INVOCATION_TYPE = "X-Amz-Invocation-Type";
    /** Request header: {@code None} or {@code Tail}. */
    public static final String HEADER_LOG_TYPE = "X-Amz-Log-Type";
    /** Request header: base64 client context. */
    public static final String HEADER_CLIENT_CONTEXT = "X-Amz-Client-Context";
    /** Response header: present, with {@code Unhandled}, when the function itself failed. */
    public static final String HEADER_FUNCTION_ERROR = "X-Amz-Function-Error";
    /** Response header: base64 of the last 4 KB of the invocation's log. */
    public static final String HEADER_LOG_RESULT = "X-Amz-Log-Result";
    /** Response header: the version that ran. */
    public static final String HEADER_EXECUTED_VERSION = "X-Amz-Executed-Version";
    /** Response header: the request id. */
    public static final String HEADER_REQUEST_ID = "x-amzn-RequestId";
    /** Response header: the error type of an API error, which the AWS SDK reads. */
    public static final String HEADER_ERROR_TYPE = "x-amzn-ErrorType";
    /** Request header carrying credentials: a SigV4 signature on AWS, a bearer token locally. */
    public static final String HEADER_AUTHORIZATION = "Authorization";
    /** Scheme prefix of a bearer token in {@link #HEADER_AUTHORIZATION}. */
    public static final String BEARER_PREFIX = "Bearer ";
    /** Request header naming the body's media type. */
    public static final String HEADER_CONTENT_TYPE = "Content-Type";
    /** Media type of every event and response. */
    public static final String CONTENT_TYPE_JSON = "application/json";

    /** Invocation type: synchronous. */
    public static final String INVOCATION_REQUEST_RESPONSE = "RequestResponse";
    /** Invocation type: asynchronous, queued. */
    public static final String INVOCATION_EVENT = "Event";
    /** Invocation type: validate only. */
    public static final String INVOCATION_DRY_RUN = "DryRun";
    /** Log type asking for the log tail. */
    public static final String LOG_TYPE_TAIL = "Tail";
    /** The unpublished version. */
    public static final String LATEST = "$LATEST";

    private LambdaApi() {
    }

    /**
     * @param functionName a function name
     * @return the Invoke API path of that function, without qualifier
     */
    public static String invokePath(String functionName) {
        return INVOKE_PATH_PREFIX + functionName + INVOKE_PATH_SUFFIX;
    }
}
