package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of CheckAir.
 *
 * @param sensorId the sensor checked
 * @param jam whether DetectJam detected a traffic jam
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AirAnalysis(int sensorId, boolean jam) {
}
