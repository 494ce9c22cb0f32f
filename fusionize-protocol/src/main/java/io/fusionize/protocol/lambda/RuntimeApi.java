package io.fusionize.protocol.lambda;

/**
 * Wire constants of the AWS Lambda Runtime API: paths, headers and reserved environment variables.
 * The init error types are in {@link LambdaErrors}.
 */
public final class RuntimeApi {

    /** Path prefix of every Runtime API endpoint. */
    public static final String API_VERSION = "/2018-06-01";
    /** Long-polled endpoint that hands out the next event. */
    public static final String NEXT_INVOCATION_PATH = "/runtime/invocation/next";
    /** Prefix of the per-invocation endpoints {@code /runtime/invocation/{id}/response|error}. */
    public static final String INVOCATION_PATH_PREFIX = "/runtime/invocation/";
    /** Suffix of the endpoint that carries an invocation's result. */
    public static final String RESPONSE_SUFFIX = "/response";
    /** Suffix of the endpoint that carries an invocation's error. */
    public static final String ERROR_SUFFIX = "/error";
    /** Endpoint that reports a failed initialization. */
    public static final String INIT_ERROR_PATH = "/runtime/init/error";

    /** Header: the invocation's request id. */
    public static final String HEADER_REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
    /** Header: the invocation's deadline in epoch milliseconds. */
    public static final String HEADER_DEADLINE_MS = "Lambda-Runtime-Deadline-Ms";
    /** Header: the ARN the client invoked, qualifier included. */
    public static final String HEADER_INVOKED_FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
    /** Header: the X-Ray trace id. */
    public static final String HEADER_TRACE_ID = "Lambda-Runtime-Trace-Id";
    /** Header: the client context, base64 JSON. */
    public static final String HEADER_CLIENT_CONTEXT = "Lambda-Runtime-Client-Context";
    /** Header: the Cognito identity, JSON. */
    public static final String HEADER_COGNITO_IDENTITY = "Lambda-Runtime-Cognito-Identity";
    /** Header on error posts: the error's type. */
    public static final String HEADER_FUNCTION_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";

    /** Error type of a post about a request id that is not the delivered invocation's (400). */
    public static final String ERROR_INVALID_REQUEST_ID = "InvalidRequestID";
    /** Error type of a response post over the payload limit (413). */
    public static final String ERROR_PAYLOAD_TOO_LARGE = "RequestEntityTooLarge";

    /** Env: the handler, {@code pkg.Class} or {@code pkg.Class::method}. */
    public static final String ENV_HANDLER = "_HANDLER";
    /** Env: {@code host:port} of the Runtime API, optionally followed by a path prefix. */
    public static final String ENV_RUNTIME_API = "AWS_LAMBDA_RUNTIME_API";
    /** Env: the function's name. */
    public static final String ENV_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
    /** Env: the function's memory size in MB. */
    public static final String ENV_FUNCTION_MEMORY_SIZE = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";
    /** Env: the function's version. */
    public static final String ENV_FUNCTION_VERSION = "AWS_LAMBDA_FUNCTION_VERSION";
    /** Env: the log stream's name. */
    public static final String ENV_LOG_STREAM_NAME = "AWS_LAMBDA_LOG_STREAM_NAME";
    /** Env: the log group's name. */
    public static final String ENV_LOG_GROUP_NAME = "AWS_LAMBDA_LOG_GROUP_NAME";
    /** Env: {@code on-demand} for an instance started for an invocation. */
    public static final String ENV_INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    /** Env: the directory the function's code is unpacked in, the instance's working directory. */
    public static final String ENV_TASK_ROOT = "LAMBDA_TASK_ROOT";
    /** Env: the region the function runs in. */
    public static final String ENV_REGION = "AWS_REGION";
    /** Env: the region the AWS SDKs default to. */
    public static final String ENV_DEFAULT_REGION = "AWS_DEFAULT_REGION";
    /** Env: {@code AWS_Lambda_} followed by the function's runtime, e.g. {@code AWS_Lambda_java17}. */
    public static final String ENV_EXECUTION_ENV = "AWS_EXECUTION_ENV";

    /**
     * Env set by the local platform: when {@code true}, the runtime prints
     * {@link io.fusionize.protocol.telemetry.LogLines#END_MARKER} after each invocation so the platform can attribute log lines exactly.
     */
    public static final String ENV_LOG_MARKERS = "FUSIONIZE_LOG_MARKERS";
    /**
     * Env set by the local platform when it records a class-data-sharing archive: the runtime
     * initializes the handler, exercises its HTTP client, and exits.
     */
    public static final String ENV_TRAINING_RUN = "FUSIONIZE_TRAINING_RUN";

    private RuntimeApi() {
    }
}
