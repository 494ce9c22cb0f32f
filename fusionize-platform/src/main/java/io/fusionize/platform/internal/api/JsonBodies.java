package io.fusionize.platform.internal.api;

import io.fusionize.platform.PlatformException;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.LambdaApi;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads and writes JSON bodies with the wire mapper. */
final class JsonBodies {

    private JsonBodies() {
    }

    /**
     * @param ctx the request
     * @param type the body's type
     * @param <T> the body's type
     * @return the parsed body, or {@code null} if the body is empty
     * @throws PlatformException a 400 if the body is not valid JSON of that shape
     */
    static <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            return null;
        }
        try {
            return ProtocolJson.omittingNulls().readValue(body, type);
        } catch (IOException e) {
            throw PlatformException.invalidContent("Could not parse request body into "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param ctx the request
     * @param status the status to answer with
     * @param value the body
     */
    static void write(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType(LambdaApi.CONTENT_TYPE_JSON)
                    .result(ProtocolJson.omittingNulls().writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }
}
