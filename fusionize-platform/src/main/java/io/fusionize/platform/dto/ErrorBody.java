package io.fusionize.platform.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of an API error, in the shape Lambda uses and the AWS SDK parses.
 *
 * @param type {@code User} for client errors, {@code Service} for platform failures
 * @param message what went wrong
 * @param reason the throttling reason, or {@code null}
 */
public record ErrorBody(
        @JsonProperty("Type") String type,
        @JsonProperty("message") String message,
        @JsonProperty("Reason") String reason) {
}
