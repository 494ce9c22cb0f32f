package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An alias, as Lambda returns it.
 *
 * @param aliasArn the alias's ARN
 * @param name the alias
 * @param functionVersion the version it points at
 * @param description free text
 * @param revisionId changes with every update
 */
public record AliasConfiguration(
        @JsonProperty("AliasArn") String aliasArn,
        @JsonProperty("Name") String name,
        @JsonProperty("FunctionVersion") String functionVersion,
        @JsonProperty("Description") String description,
        @JsonProperty("RevisionId") String revisionId) {
}
