package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A sound reading, as the sound tasks receive it.
 *
 * @param requestKey the deterministic key of the root request, derived from its seed
 * @param sensorId the sensor, 0 to 100
 * @param level the sound level in dB
 * @param emergencyVehicle whether an emergency vehicle was detected near the sensor
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SoundReading(String requestKey, int sensorId, double level, boolean emergencyVehicle) {
}
