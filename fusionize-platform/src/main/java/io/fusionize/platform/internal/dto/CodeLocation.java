package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a function's code lives, as GetFunction reports it.
 *
 * @param repositoryType always {@code Local}
 * @param location the unpacked code directory on the platform's machine
 */
public record CodeLocation(
        @JsonProperty("RepositoryType") String repositoryType,
        @JsonProperty("Location") String location) {
}
