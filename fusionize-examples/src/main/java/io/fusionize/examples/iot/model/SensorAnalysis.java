package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of the IoT entry task; it depends only on the seed.
 *
 * @param seed the seed the readings were drawn from
 * @param sensorId the sensor, 0 to 100
 * @param readings the four readings
 * @param check the result of CheckSensor for the temperature reading
 * @param storedEventId the key under which StoreEvent stored the temperature reading
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SensorAnalysis(long seed, int sensorId, SensorReadings readings, SensorCheck check, String storedEventId) {
}
