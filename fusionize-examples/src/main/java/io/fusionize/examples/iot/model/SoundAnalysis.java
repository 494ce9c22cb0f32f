package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of CheckSound: both of its concurrent checks.
 *
 * @param sensorId the sensor checked
 * @param loudness the result of CheckSoundLoud
 * @param accident the result of CheckSoundAccident
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SoundAnalysis(int sensorId, LoudnessCheck loudness, AccidentCheck accident) {
}
