package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of CreateFunction.
 *
 * @param functionName the function's name
 * @param runtime the runtime, e.g. {@code java17}
 * @param role accepted and ignored
 * @param handler {@code pkg.Class} or {@code pkg.Class::method}
 * @param code the deployment package
 * @param description free text
 * @param timeout seconds, 1 to 900 (default 3)
 * @param memorySize MB, 128 to 10240 (default 128)
 * @param publish whether to publish version 1 at once
 * @param environment environment variables
 */
public record CreateFunctionRequest(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("Runtime") String runtime,
        @JsonProperty("Role") String role,
        @JsonProperty("Handler") String handler,
        @JsonProperty("Code") FunctionCode code,
        @JsonProperty("Description") String description,
        @JsonProperty("Timeout") Integer timeout,
        @JsonProperty("MemorySize") Integer memorySize,
        @JsonProperty("Publish") Boolean publish,
        @JsonProperty("Environment") Environment environment) {
}
