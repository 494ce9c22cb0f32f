package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of CheckSoundLoud.
 *
 * @param sensorId the sensor checked
 * @param loud whether the sensor's own level is loud
 * @param loudNeighbours how many of the two neighbouring sensors last reported a loud level
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoudnessCheck(int sensorId, boolean loud, int loudNeighbours) {
}
