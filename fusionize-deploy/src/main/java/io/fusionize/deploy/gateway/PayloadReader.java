package io.fusionize.deploy.gateway;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.fusionize.core.wire.WireCodec;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a root request's body: at most the payload limit, and only well-formed JSON. An empty body
 * stands for {@code {}}.
 */
final class PayloadReader {

    /** Lambda's limit for a sync invocation's payload. */
    static final int SYNC_LIMIT_BYTES = 6 * 1024 * 1024;

    /** Lambda's limit for an async invocation's payload. */
    static final int ASYNC_LIMIT_BYTES = 1024 * 1024;

    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private PayloadReader() {
    }

    /**
     * @param declaredLength the Content-Length header, or -1
     * @param body the body stream
     * @param limit the largest accepted payload in bytes
     * @return the payload's bytes
     * @throws GatewayException 413 when too large, 400 when not JSON
     */
    static byte[] read(long declaredLength, InputStream body, int limit) {
        if (declaredLength > limit) {
            throw tooLarge(declaredLength, limit);
        }
        byte[] bytes = readAtMost(body, limit + 1);
        if (bytes.length > limit) {
            throw tooLarge(bytes.length, limit);
        }
        if (isBlank(bytes)) {
            return EMPTY_OBJECT;
        }
        checkJson(bytes);
        return bytes;
    }

    private static byte[] readAtMost(InputStream body, int max) {
        try {
            return body.readNBytes(max);
        } catch (IOException e) {
            throw new GatewayException(400, "UnreadableBody", "cannot read the request body: " + e.getMessage());
        }
    }

    private static void checkJson(byte[] bytes) {
        try (var parser = WireCodec.mapper().createParser(bytes)) {
            parser.readValueAsTree();
            if (parser.nextToken() != null) {
                throw malformed("unexpected content after the JSON value", parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw malformed(e.getOriginalMessage(), e.getLocation());
        } catch (IOException e) {
            throw new GatewayException(400, "MalformedJson", "cannot parse the body: " + e.getMessage());
        }
    }

    private static GatewayException malformed(String reason, JsonLocation location) {
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        return new GatewayException(400, "MalformedJson",
                "the body is not valid JSON at line " + line + ", column " + column + ": " + reason)
                .with("line", line).with("column", column);
    }

    private static GatewayException tooLarge(long size, int limit) {
        return new GatewayException(413, "RequestTooLarge",
                "the payload has " + size + " bytes; the limit is " + limit + " bytes")
                .with("limitBytes", limit);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
