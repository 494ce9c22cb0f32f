package io.fusionize.examples.synthetic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The input of a synthetic task: a root request's {@code {"seed": N}}, or what its caller derived
 * for it.
 *
 * @param seed what the task's result is computed from
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SyntheticInput(long seed) {
}
