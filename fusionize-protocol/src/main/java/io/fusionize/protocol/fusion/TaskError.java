package io.fusionize.protocol.fusion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A task's failure as carried in a response.
 *
 * @param task the task that failed
 * @param errorType the exception class name, or a platform error type
 * @param errorMessage the message, possibly {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"task", "errorType", "errorMessage"})
public record TaskError(String task, String errorType, String errorMessage) {

    /**
     * @param task the task that failed
     * @param failure what it threw
     * @return the error carrying the exception's class name and message
     */
    public static TaskError of(String task, Throwable failure) {
        return new TaskError(task, failure.getClass().getName(), failure.getMessage());
    }
}
