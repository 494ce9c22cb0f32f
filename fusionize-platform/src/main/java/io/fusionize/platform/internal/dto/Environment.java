package io.fusionize.platform.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A function's {@code Environment}.
 *
 * @param variables the environment variables
 */
public record Environment(@JsonProperty("Variables") Map<String, String> variables) {
}
