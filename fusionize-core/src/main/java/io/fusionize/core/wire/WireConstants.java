package io.fusionize.core.wire;

/**
 * Every name that crosses a process boundary: environment variables, resources, HTTP headers,
 * paths and JSON keys of the invocation event and response.
 */
public final class WireConstants {

    /** Environment variable naming the application, looked up through {@code ServiceLoader}. */
    public static final String ENV_APP = "FUSIONIZE_APP";
    /** Environment variable naming the function's entry task. */
    public static final String ENV_ENTRY = "FUSIONIZE_ENTRY";
    /** Environment variable holding the base URL of the Lambda Invoke API for remote calls. */
    public static final String ENV_INVOKE_URL = "FUSIONIZE_INVOKE_URL";
    /** Optional environment variable holding a bearer token for the Invoke API. */
    public static final String ENV_INVOKE_TOKEN = "FUSIONIZE_INVOKE_TOKEN";

    /** Classpath resource holding the setup a function artifact was built for. */
    public static final String SETUP_RESOURCE = "fusionize-setup.json";

    /** Prefix of the stdout line that carries one invocation record. */
    public static final String RECORD_LINE_PREFIX = "FUSIONIZE_RECORD ";

    /** Event key holding the {@link FusionHeader}; its absence marks a root request. */
    public static final String KEY_FUSIONIZE = "fusionize";
    /** Event key naming the task to run. */
    public static final String KEY_TASK = "task";
    /** Event key holding the task's input. */
    public static final String KEY_PAYLOAD = "payload";
    /** Response key holding a task's result. */
    public static final String KEY_RESULT = "result";
    /** Response key holding a task's failure. */
    public static final String KEY_ERROR = "error";
    /** Key of an error type, in task errors and platform function errors alike. */
    public static final String KEY_ERROR_TYPE = "errorType";
    /** Key of an error message, in task errors and platform function errors alike. */
    public static final String KEY_ERROR_MESSAGE = "errorMessage";

    /** Invoke API path before the function name. */
    public static final String INVOKE_PATH_PREFIX = "/2015-03-31/functions/";
    /** Invoke API path after the function name. */
    public static final String INVOKE_PATH_SUFFIX = "/invocations";
    /** Invoke API query parameter selecting a version or alias. */
    public static final String QUALIFIER_PARAMETER = "Qualifier";
    /** Prefix of the alias under which a setup version is published: {@code v3}. */
    public static final String VERSION_ALIAS_PREFIX = "v";

    /** Request header selecting sync or async invocation. */
    public static final String HEADER_INVOCATION_TYPE = "X-Amz-Invocation-Type";
    /** Response header present when the function itself failed. */
    public static final String HEADER_FUNCTION_ERROR = "X-Amz-Function-Error";
    /** Response header naming the error type of a rejected Invoke API request. */
    public static final String HEADER_ERROR_TYPE = "X-Amzn-ErrorType";
    /** Invocation type of a sync call. */
    public static final String INVOCATION_TYPE_SYNC = "RequestResponse";
    /** Invocation type of an async call. */
    public static final String INVOCATION_TYPE_ASYNC = "Event";

    /** Request header carrying the optional bearer token of the Invoke API. */
    public static final String HEADER_AUTHORIZATION = "Authorization";
    /** Scheme of the bearer token in {@link #HEADER_AUTHORIZATION}. */
    public static final String BEARER_PREFIX = "Bearer ";
    /** Request header naming the body's media type. */
    public static final String HEADER_CONTENT_TYPE = "Content-Type";
    /** Media type of every event and response. */
    public static final String CONTENT_TYPE_JSON = "application/json";

    /** Error type of a request whose body the Invoke API rejected (400). */
    public static final String ERROR_INVALID_REQUEST = "InvalidRequestContentException";
    /** Error type of an unknown function or qualifier (404). */
    public static final String ERROR_NOT_FOUND = "ResourceNotFoundException";
    /** Error type of an event above the payload limit (413). */
    public static final String ERROR_TOO_LARGE = "RequestTooLargeException";
    /** Error type of a throttled request (429). */
    public static final String ERROR_TOO_MANY_REQUESTS = "TooManyRequestsException";
    /** Error type of any other failure of the Invoke API itself. */
    public static final String ERROR_SERVICE = "ServiceException";
    /** Error type of a function error whose body names none. */
    public static final String ERROR_UNHANDLED = "Unhandled";
    /** Error type of an invocation that ran out of time, as Lambda names it. */
    public static final String ERROR_TIMEOUT = "Sandbox.Timedout";
    /** Message of a timed-out invocation, as Lambda words it; the argument is its time limit in seconds. */
    public static final String TIMEOUT_MESSAGE_FORMAT = "Task timed out after %.2f seconds";

    private WireConstants() {
    }

    /**
     * @param setupVersion a setup version
     * @return the alias that version is published under, e.g. {@code v3}
     */
    public static String qualifier(int setupVersion) {
        return VERSION_ALIAS_PREFIX + setupVersion;
    }

    /**
     * @param application the application's name
     * @param entryTask the function's entry task
     * @return the platform function name, {@code APP-ENTRY}
     */
    public static String functionName(String application, String entryTask) {
        return application + "-" + entryTask;
    }
}
