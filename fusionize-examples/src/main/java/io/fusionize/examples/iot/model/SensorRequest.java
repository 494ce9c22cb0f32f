package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The input of the IoT entry task: an optional seed for the random readings.
 *
 * @param seed the seed the sensor id and readings are drawn from; {@code null} draws a fresh one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SensorRequest(Long seed) {
}
