package io.fusionize.examples.synthetic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of a synthetic task: a function of its input and of its sync callees' results only.
 *
 * @param task the task's name
 * @param value what it computed
 * @param padding characters derived from the value, as many as the spec's payload asks
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SyntheticResult(String task, long value, String padding) {
}
