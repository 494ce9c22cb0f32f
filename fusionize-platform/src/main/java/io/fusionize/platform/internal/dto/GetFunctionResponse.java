package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to GetFunction.
 *
 * @param configuration the version's configuration
 * @param code where its code lives
 * @param concurrency its reserved concurrency, or {@code null}
 */
public record GetFunctionResponse(
        @JsonProperty("Configuration") FunctionConfiguration configuration,
        @JsonProperty("Code") CodeLocation code,
        @JsonProperty("Concurrency") Concurrency concurrency) {
}
