package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of UpdateAlias; absent fields keep their value.
 *
 * @param functionVersion the published version it should point at
 * @param description free text
 * @param revisionId if set, update only if the alias still has this revision
 */
public record UpdateAliasRequest(
        @JsonProperty("FunctionVersion") String functionVersion,
        @JsonProperty("Description") String description,
        @JsonProperty("RevisionId") String revisionId) {
}
