package io.fusionize.lambda.runtime;

import io.fusionize.protocol.lambda.RuntimeApi;
import java.util.Map;
import java.util.Objects;

/**
 * The reserved environment variables a Lambda instance starts with.
 *
 * @param handler the {@code _HANDLER} value
 * @param runtimeApi {@code host:port[/prefix]} of the Runtime API
 * @param functionName the function's name
 * @param functionVersion the function's version
 * @param memoryMb the function's memory size in MB
 * @param logGroupName the log group name
 * @param logStreamName the log stream name
 * @param logMarkers whether to print a marker line after each invocation
 */
public record FunctionEnvironment(String handler, String runtimeApi, String functionName,
        String functionVersion, int memoryMb, String logGroupName, String logStreamName,
        boolean logMarkers) {

    private static final String DEFAULT_VERSION = "$LATEST";
    private static final int DEFAULT_MEMORY_MB = 128;

    /** @throws NullPointerException if the Runtime API address is missing */
    public FunctionEnvironment {
        Objects.requireNonNull(runtimeApi, RuntimeApi.ENV_RUNTIME_API + " must be set");
    }

    /**
     * Reads the reserved variables.
     *
     * @param env the process environment
     * @return the parsed environment
     * @throws IllegalArgumentException if the Runtime API address is missing or the memory size is
     *     not a number
     */
    public static FunctionEnvironment from(Map<String, String> env) {
        String api = env.get(RuntimeApi.ENV_RUNTIME_API);
        if (api == null || api.isBlank()) {
            throw new IllegalArgumentException(RuntimeApi.ENV_RUNTIME_API
                    + " must be set to host:port of the Lambda Runtime API");
        }
        String name = env.getOrDefault(RuntimeApi.ENV_FUNCTION_NAME, "unknown");
        return new FunctionEnvironment(env.get(RuntimeApi.ENV_HANDLER), api, name,
                env.getOrDefault(RuntimeApi.ENV_FUNCTION_VERSION, DEFAULT_VERSION),
                memory(env.get(RuntimeApi.ENV_FUNCTION_MEMORY_SIZE)),
                env.getOrDefault(RuntimeApi.ENV_LOG_GROUP_NAME, "/aws/lambda/" + name),
                env.getOrDefault(RuntimeApi.ENV_LOG_STREAM_NAME, ""),
                Boolean.parseBoolean(env.get(RuntimeApi.ENV_LOG_MARKERS)));
    }

    private static int memory(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MEMORY_MB;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(RuntimeApi.ENV_FUNCTION_MEMORY_SIZE
                    + " must be a whole number of MB, not '" + value + "'", e);
        }
    }
}
