package io.fusionize.deploy.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fusionize.core.wire.WireCodec;

/**
 * A request the gateway answers with an error status and a JSON body
 * {@code {"error": {"type": …, "message": …}}}.
 */
public final class GatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final transient ObjectNode details;

    /**
     * @param status the HTTP status
     * @param type a short error type, e.g. {@code UnknownApplication}
     * @param message what went wrong, in words
     */
    public GatewayException(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.details = WireCodec.mapper().createObjectNode();
    }

    /**
     * @param name a further field of the error object
     * @param value its value
     * @return this exception
     */
    public GatewayException with(String name, Object value) {
        details.set(name, WireCodec.mapper().valueToTree(value));
        return this;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the short error type */
    public String type() {
        return type;
    }

    /** @return the response body */
    public byte[] body() {
        ObjectNode error = WireCodec.mapper().createObjectNode();
        error.put("type", type);
        error.put("message", getMessage());
        error.setAll(details);
        return WireCodec.write(WireCodec.mapper().createObjectNode().set("error", error));
    }
}
