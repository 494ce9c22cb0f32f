package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of UpdateFunctionConfiguration; absent fields keep their value.
 *
 * @param handler the new handler
 * @param runtime the new runtime
 * @param memorySize the new memory size in MB
 * @param timeout the new timeout in seconds
 * @param environment the new environment (replaces the old one)
 * @param description the new description
 * @param revisionId if set, the update applies only if {@code $LATEST} still has this revision
 */
public record UpdateFunctionConfigurationRequest(
        @JsonProperty("Handler") String handler,
        @JsonProperty("Runtime") String runtime,
        @JsonProperty("MemorySize") Integer memorySize,
        @JsonProperty("Timeout") Integer timeout,
        @JsonProperty("Environment") Environment environment,
        @JsonProperty("Description") String description,
        @JsonProperty("RevisionId") String revisionId) {
}
