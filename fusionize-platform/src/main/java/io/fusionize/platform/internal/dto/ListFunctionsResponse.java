package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to ListFunctions: every function's {@code $LATEST}, in one page.
 *
 * @param functions the functions
 * @param nextMarker always {@code null}
 */
public record ListFunctionsResponse(
        @JsonProperty("Functions") List<FunctionConfiguration> functions,
        @JsonProperty("NextMarker") String nextMarker) {
}
