package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to ListVersionsByFunction: {@code $LATEST} and every published version, in one page.
 *
 * @param versions the versions
 * @param nextMarker always {@code null}
 */
public record ListVersionsResponse(
        @JsonProperty("Versions") List<FunctionConfiguration> versions,
        @JsonProperty("NextMarker") String nextMarker) {
}
