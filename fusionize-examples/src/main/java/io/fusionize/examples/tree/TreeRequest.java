package io.fusionize.examples.tree;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The input every Tree task receives.
 *
 * @param seed an optional seed, passed along and echoed in the result; the Tree's work draws no
 *     random numbers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TreeRequest(Long seed) {
}
