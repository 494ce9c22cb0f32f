package io.fusionize.examples.iot.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of StoreEvent.
 *
 * @param eventId the stored event's key, derived from the request key and the reading's kind
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredEvent(String eventId) {
}
