package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of DetectJam.
 *
 * @param sensorId the sensor checked
 * @param jam whether a traffic jam was detected
 * @param workChecksum the sum computed by the CPU workers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JamCheck(int sensorId, boolean jam, double workChecksum) {
}
