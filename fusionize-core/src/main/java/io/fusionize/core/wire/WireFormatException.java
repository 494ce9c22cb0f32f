package io.fusionize.core.wire;

/** Thrown when bytes received over the wire are not a well-formed event or response. */
public class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong
     * @param cause the parser's error, possibly {@code null}
     */
    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
