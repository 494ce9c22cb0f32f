package io.fusionize.examples.tree;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of a Tree task that runs CPU workers.
 *
 * @param checksum the workers' sum, returned so that the work cannot be optimized away
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CpuWork(double checksum) {
}
