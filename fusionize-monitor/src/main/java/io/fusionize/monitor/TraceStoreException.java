package io.fusionize.monitor;

/** Thrown when the trace store cannot open, write or read its database. */
public class TraceStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what the store was doing
     * @param cause the underlying failure
     */
    public TraceStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
