package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of CreateAlias.
 *
 * @param name the alias, e.g. {@code v3}
 * @param functionVersion the published version it points at
 * @param description free text
 */
public record CreateAliasRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("FunctionVersion") String functionVersion,
        @JsonProperty("Description") String description) {
}
