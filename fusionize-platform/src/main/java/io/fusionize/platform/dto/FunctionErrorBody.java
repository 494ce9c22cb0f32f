package io.fusionize.platform.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a function error, both on the Runtime API and in an Invoke answer.
 *
 * @param errorType the error's type, e.g. an exception class or {@code Sandbox.Timedout}
 * @param errorMessage the error's message
 */
public record FunctionErrorBody(
        @JsonProperty("errorType") String errorType,
        @JsonProperty("errorMessage") String errorMessage) {
}
