package io.fusionize.platform.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.ThrottledException;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrorBody;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes failures in Lambda's error shape: status, {@code x-amzn-ErrorType} and {@code {"Type","message"}}. */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final int SERVER_ERROR = 500;
    private static final int NOT_FOUND = 404;

    private ErrorResponses() {
    }

    /**
     * Maps every exception a route can throw, so no client ever sees a bare stack trace, and the
     * routing failures Javalin raises itself (no such route), so they too answer in Lambda's shape.
     */
    static void install(Javalin app) {
        app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e));
        app.exception(Exception.class, (e, ctx) -> write(ctx, e));
    }

    /**
     * @param ctx a Javalin request
     * @param failure what went wrong
     */
    static void write(Context ctx, Throwable failure) {
        PlatformException error = normalize(failure, ctx.method() + " " + ctx.path());
        ctx.status(error.httpStatus()).header(LambdaApi.HEADER_ERROR_TYPE, error.errorType())
                .contentType(LambdaApi.CONTENT_TYPE_JSON);
        if (!ctx.res().containsHeader(LambdaApi.HEADER_REQUEST_ID)) {
            ctx.header(LambdaApi.HEADER_REQUEST_ID, UUID.randomUUID().toString());
        }
        ctx.result(body(error));
    }

    /**
     * @param response a bare servlet response
     * @param failure what went wrong
     * @param where the request, for the log of unexpected failures
     * @throws IOException if the client hung up
     */
    static void write(HttpServletResponse response, Throwable failure, String where) throws IOException {
        PlatformException error = normalize(failure, where);
        byte[] body = body(error);
        response.setStatus(error.httpStatus());
        response.setHeader(LambdaApi.HEADER_ERROR_TYPE, error.errorType());
        response.setHeader(LambdaApi.HEADER_REQUEST_ID, UUID.randomUUID().toString());
        response.setContentType(LambdaApi.CONTENT_TYPE_JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Turns any failure into the platform error a client gets; unexpected ones are logged. */
    private static PlatformException normalize(Throwable failure, String where) {
        Throwable cause = unwrap(failure);
        if (cause instanceof PlatformException platform) {
            return platform;
        }
        if (cause instanceof JsonProcessingException json) {
            return PlatformException.invalidContent("Could not parse request body: " + json.getOriginalMessage(), json);
        }
        if (cause instanceof HttpResponseException routing) {
            return routing.getStatus() == NOT_FOUND ? unknownOperation(where, routing)
                    : forStatus(routing.getStatus(), routing.getMessage());
        }
        LOG.error("Unexpected failure on {}", where, cause);
        return new PlatformException(SERVER_ERROR, LambdaErrors.SERVICE, "The platform failed: " + cause,
                cause);
    }

    /** No route matched: say so plainly, since "resource not found" would read as a missing function. */
    private static PlatformException unknownOperation(String where, Throwable cause) {
        return new PlatformException(NOT_FOUND, LambdaErrors.UNKNOWN_OPERATION, "The platform does not implement "
                + where + "; it serves Lambda's function, version, alias, concurrency and Invoke operations", cause);
    }

    /**
     * @param status an HTTP error status that no platform code chose
     * @param message what went wrong
     * @return the error in Lambda's terms
     */
    static PlatformException forStatus(int status, String message) {
        String type = switch (status) {
            case 413, 431 -> LambdaErrors.REQUEST_TOO_LARGE;
            default -> status >= SERVER_ERROR ? LambdaErrors.SERVICE : LambdaErrors.INVALID_REQUEST_CONTENT;
        };
        return new PlatformException(status, type, message, null);
    }

    /**
     * @param failure an error
     * @return its body in Lambda's error shape
     */
    static byte[] body(PlatformException failure) {
        String reason = failure instanceof ThrottledException throttled ? throttled.reason() : null;
        String type = failure.httpStatus() >= SERVER_ERROR ? LambdaErrorBody.TYPE_SERVICE : LambdaErrorBody.TYPE_USER;
        try {
            return ProtocolJson.omittingNulls().writeValueAsBytes(new LambdaErrorBody(type, failure.getMessage(),
                    reason));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize an error body", e);
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
