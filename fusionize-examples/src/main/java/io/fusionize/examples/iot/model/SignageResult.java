package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of ActionSignage.
 *
 * @param signsUpdated how many signs were written
 * @param workChecksum the sum computed by the CPU workers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignageResult(int signsUpdated, double workChecksum) {
}
