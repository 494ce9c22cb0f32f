package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of CreateAlias.
 *
 * @param name the alias, e.g. {@code v3}
 * @param functionVersion the published version it points at
 * @param description free text
 * @param routingConfig weighted routing to a second version, or {@code null}
 */
public record CreateAliasRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("FunctionVersion") String functionVersion,
        @JsonProperty("Description") String description,
        @JsonProperty("RoutingConfig") AliasRoutingConfiguration routingConfig) {

    /**
     * An alias without weighted routing.
     *
     * @param name the alias
     * @param functionVersion the published version it points at
     * @param description free text
     */
    public CreateAliasRequest(String name, String functionVersion, String description) {
        this(name, functionVersion, description, null);
    }
}
