package io.fusionize.monitor;

/** Thrown when a record, report or log line cannot be read as the wire contract describes. */
public class MalformedTelemetryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the input
     * @param cause the parser's complaint, if any
     */
    public MalformedTelemetryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what is wrong with the input */
    public MalformedTelemetryException(String message) {
        super(message);
    }
}
