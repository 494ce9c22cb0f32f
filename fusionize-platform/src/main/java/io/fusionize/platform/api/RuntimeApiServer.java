package io.fusionize.platform.api;

import java.nio.charset.StandardCharsets;
import io.fusionize.lambda.runtime.RuntimeApiConstants;
import io.fusionize.platform.PlatformConstants;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.dto.FunctionErrorBody;
import io.fusionize.platform.instance.Invocation;
import io.fusionize.platform.instance.RuntimeEndpoints;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * The Lambda Runtime API served to instances on loopback, each under its own prefix
 * {@code /i/INSTANCE}, so that the platform knows which instance calls without extra headers.
 */
public final class RuntimeApiServer implements AutoCloseable {

    /** A long-poll for the next event may stay silent for as long as the instance is idle. */
    private static final Duration IDLE_TIMEOUT = Duration.ofDays(1);
    private static final String LOOPBACK = "127.0.0.1";
    private static final String BASE = PlatformConstants.INSTANCE_PATH_PREFIX + "{instance}"
            + RuntimeApiConstants.API_VERSION;
    private static final String INVOCATION = BASE + RuntimeApiConstants.INVOCATION_PATH_PREFIX + "{requestId}";
    private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    private final Javalin app;
    private final RuntimeEndpoints endpoints;

    /** @param endpoints the instances' side of the API */
    public RuntimeApiServer(RuntimeEndpoints endpoints) {
        this.endpoints = endpoints;
        app = HttpServers.create(LOOPBACK, 0, IDLE_TIMEOUT);
        app.get(BASE + RuntimeApiConstants.NEXT_INVOCATION_PATH, this::next);
        app.post(INVOCATION + RuntimeApiConstants.RESPONSE_SUFFIX, ctx -> {
            endpoints.response(ctx.pathParam("instance"), ctx.pathParam("requestId"), ctx.bodyAsBytes());
            accepted(ctx);
        });
        app.post(INVOCATION + RuntimeApiConstants.ERROR_SUFFIX, ctx -> {
            endpoints.error(ctx.pathParam("instance"), ctx.pathParam("requestId"), ctx.bodyAsBytes(),
                    ctx.header(RuntimeApiConstants.HEADER_FUNCTION_ERROR_TYPE));
            accepted(ctx);
        });
        app.post(BASE + RuntimeApiConstants.INIT_ERROR_PATH, ctx -> {
            endpoints.initError(ctx.pathParam("instance"), ctx.bodyAsBytes(),
                    ctx.header(RuntimeApiConstants.HEADER_FUNCTION_ERROR_TYPE));
            accepted(ctx);
        });
        app.exception(Exception.class, (e, ctx) -> runtimeError(ctx, ErrorResponses.unwrap(e)));
    }

    private void next(Context ctx) {
        ctx.future(() -> endpoints.next(ctx.pathParam("instance")).handle((invocation, failure) -> {
            if (failure != null) {
                runtimeError(ctx, ErrorResponses.unwrap(failure));
            } else {
                writeEvent(ctx, invocation);
            }
            return null;
        }));
    }

    private static void writeEvent(Context ctx, Invocation invocation) {
        long deadline = invocation.startEpochMs() + invocation.version().settings().timeoutSeconds() * 1000L;
        ctx.status(200)
                .header(RuntimeApiConstants.HEADER_REQUEST_ID, invocation.requestId())
                .header(RuntimeApiConstants.HEADER_DEADLINE_MS, Long.toString(deadline))
                .header(RuntimeApiConstants.HEADER_INVOKED_FUNCTION_ARN, invocation.invokedArn());
        if (invocation.clientContext() != null) {
            ctx.header(RuntimeApiConstants.HEADER_CLIENT_CONTEXT, invocation.clientContext());
        }
        ctx.contentType("application/json").result(invocation.payload());
    }

    private static void accepted(Context ctx) {
        ctx.status(202).contentType("application/json").result(ACCEPTED);
    }

    /** The Runtime API's own error shape: {@code {"errorMessage","errorType"}}. */
    private static void runtimeError(Context ctx, Throwable failure) {
        int status = failure instanceof PlatformException platform ? platform.httpStatus() : 500;
        String type = failure instanceof PlatformException platform ? platform.errorType() : "ServiceException";
        JsonBodies.write(ctx, status, new FunctionErrorBody(type, String.valueOf(failure.getMessage())));
    }

    /** Starts listening on an ephemeral loopback port. */
    public void start() {
        app.start();
    }

    /** @return {@code 127.0.0.1:PORT}, the value of {@code AWS_LAMBDA_RUNTIME_API} before the prefix */
    public String address() {
        return LOOPBACK + ":" + app.port();
    }

    /** Stops listening. */
    @Override
    public void close() {
        app.stop();
    }
}
