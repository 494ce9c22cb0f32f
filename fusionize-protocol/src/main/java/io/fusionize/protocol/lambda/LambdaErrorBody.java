package io.fusionize.protocol.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of an API error, in the shape Lambda uses and the AWS SDK parses; its error type
 * travels in {@link LambdaApi#HEADER_ERROR_TYPE}.
 *
 * @param type {@code User} for client errors, {@code Service} for service failures
 * @param message what went wrong
 * @param reason the throttling reason, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LambdaErrorBody(
        @JsonProperty("Type") String type,
        @JsonProperty("message") String message,
        @JsonProperty("Reason") String reason) {

    /** Type of an error the client caused. */
    public static final String TYPE_USER = "User";
    /** Type of an error the service caused. */
    public static final String TYPE_SERVICE = "Service";
}
