package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of UpdateAlias; absent fields keep their value.
 *
 * @param functionVersion the published version it should point at
 * @param description free text
 * @param revisionId if set, update only if the alias still has this revision
 * @param routingConfig weighted routing to a second version, or {@code null}
 */
public record UpdateAliasRequest(
        @JsonProperty("FunctionVersion") String functionVersion,
        @JsonProperty("Description") String description,
        @JsonProperty("RevisionId") String revisionId,
        @JsonProperty("RoutingConfig") AliasRoutingConfiguration routingConfig) {

    /**
     * A change without weighted routing.
     *
     * @param functionVersion the published version it should point at
     * @param description free text
     * @param revisionId if set, update only if the alias still has this revision
     */
    public UpdateAliasRequest(String functionVersion, String description, String revisionId) {
        this(functionVersion, description, revisionId, null);
    }
}
