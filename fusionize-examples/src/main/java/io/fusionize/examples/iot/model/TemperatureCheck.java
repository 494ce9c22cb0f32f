package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of CheckTemperature.
 *
 * @param sensorId the sensor checked
 * @param iceWarning whether the temperature calls for an ice warning on the signs
 * @param workChecksum the sum computed by the CPU workers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TemperatureCheck(int sensorId, boolean iceWarning, double workChecksum) {
}
