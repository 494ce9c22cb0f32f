package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to ListFunctions: one page of functions' {@code $LATEST}, by name.
 *
 * @param functions the functions of this page
 * @param nextMarker the {@code Marker} that asks for the next page, or {@code null} on the last page
 */
public record ListFunctionsResponse(
        @JsonProperty("Functions") List<FunctionConfiguration> functions,
        @JsonProperty("NextMarker") String nextMarker) {
}
