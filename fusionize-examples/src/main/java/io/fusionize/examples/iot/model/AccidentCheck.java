package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of CheckSoundAccident.
 *
 * @param sensorId the sensor checked
 * @param suspected whether the camera check suspects an accident
 * @param primesChecked how many primes the check's sieve found
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccidentCheck(int sensorId, boolean suspected, int primesChecked) {
}
