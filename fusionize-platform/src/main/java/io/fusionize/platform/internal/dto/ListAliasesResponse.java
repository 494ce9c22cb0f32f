package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to ListAliases, in one page.
 *
 * @param aliases the aliases
 * @param nextMarker always {@code null}
 */
public record ListAliasesResponse(
        @JsonProperty("Aliases") List<AliasConfiguration> aliases,
        @JsonProperty("NextMarker") String nextMarker) {
}
