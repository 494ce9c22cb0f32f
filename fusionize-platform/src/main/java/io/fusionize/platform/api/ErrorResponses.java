package io.fusionize.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fusionize.platform.PlatformConstants;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.ThrottledException;
import io.fusionize.platform.dto.ErrorBody;
import io.fusionize.platform.dto.WireJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes failures in Lambda's error shape: status, {@code x-amzn-ErrorType} and {@code {"Type","message"}}. */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final int SERVER_ERROR = 500;

    private ErrorResponses() {
    }

    /** Maps every exception a route can throw, so no client ever sees a bare stack trace. */
    static void install(Javalin app) {
        app.exception(Exception.class, (e, ctx) -> write(ctx, e));
    }

    static void write(Context ctx, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof PlatformException platform) {
            write(ctx, platform);
        } else if (cause instanceof JsonProcessingException json) {
            write(ctx, PlatformException.invalidContent("Could not parse request body: " + json.getOriginalMessage(),
                    json));
        } else {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), cause);
            write(ctx, new PlatformException(SERVER_ERROR, PlatformConstants.ERROR_SERVICE,
                    "The platform failed: " + cause, cause));
        }
    }

    static void write(Context ctx, PlatformException failure) {
        String reason = failure instanceof ThrottledException throttled ? throttled.reason() : null;
        String type = failure.httpStatus() >= SERVER_ERROR ? "Service" : "User";
        ctx.status(failure.httpStatus())
                .header(PlatformConstants.HEADER_ERROR_TYPE, failure.errorType())
                .contentType("application/json");
        if (!ctx.res().containsHeader(PlatformConstants.HEADER_REQUEST_ID)) {
            ctx.header(PlatformConstants.HEADER_REQUEST_ID, UUID.randomUUID().toString());
        }
        try {
            ctx.result(WireJson.mapper().writeValueAsBytes(new ErrorBody(type, failure.getMessage(), reason)));
        } catch (JsonProcessingException e) {
            ctx.result("{\"Type\":\"Service\",\"message\":\"error\"}");
        }
    }

    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
