package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of CheckSensor.
 *
 * @param sensorId the sensor checked
 * @param valid whether the reading lies in the sensor's plausible range
 * @param primesChecked how many primes the check's sieve found
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SensorCheck(int sensorId, boolean valid, int primesChecked) {
}
