package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What ActionSignage shows: a message on the signs of a chain of sensors.
 *
 * @param requestKey the deterministic key of the root request
 * @param location the first sensor id of the chain
 * @param chain how many further sensor ids the chain covers
 * @param message the text to show
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignageOrder(String requestKey, int location, int chain, String message) {
}
