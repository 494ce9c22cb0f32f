package io.fusionize.platform.internal.api;

import io.fusionize.platform.InvokeAccess;
import io.fusionize.platform.internal.invoke.InvocationService;
import io.fusionize.platform.internal.report.TelemetryBuffer;
import io.fusionize.platform.internal.security.BearerAuthenticator;
import io.fusionize.platform.internal.state.AliasControl;
import io.fusionize.platform.internal.state.ControlPlane;
import io.fusionize.protocol.lambda.LambdaApi;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.UUID;

/**
 * The platform's public HTTP API: Lambda's control plane and Invoke API, plus a health probe and
 * a telemetry feed.
 * Invocations take a bare Jetty handler in front of the control plane's Javalin routes.
 */
public final class PlatformHttpApi implements AutoCloseable {

    /** Path of the readiness probe; it needs no token. */
    private static final String HEALTH_PATH = "/health";
    /**
     * How long a connection may stay silent while the platform waits for the client: between
     * requests, or mid-request. A client's silence while its invocation runs does not count, so
     * this bounds stalled and idle clients, not invocations.
     */
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final Javalin app;

    /**
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param functions the function operations
     * @param aliases the alias and concurrency operations
     * @param invocations the Invoke API
     * @param authenticator checks bearer tokens
     * @param invokeAccess whether invoking needs the token
     * @param telemetry the reports and log lines the telemetry route serves
     */
    public PlatformHttpApi(String host, int port, ControlPlane functions, AliasControl aliases,
            InvocationService invocations, BearerAuthenticator authenticator, InvokeAccess invokeAccess,
            TelemetryBuffer telemetry) {
        AccessFilter access = new AccessFilter(authenticator, invokeAccess);
        app = HttpServers.create(host, port, IDLE_TIMEOUT, new InvokeHandler(invocations, access));
        // one before-handler for every path: each extra one costs a path match per request
        app.before(ctx -> {
            if (!ctx.path().equals(HEALTH_PATH)) {
                access.check(ctx.path(), ctx.header(LambdaApi.HEADER_AUTHORIZATION));
                ctx.header(LambdaApi.HEADER_REQUEST_ID, UUID.randomUUID().toString());
            }
        });
        app.get(HEALTH_PATH, ctx -> ctx.result("{\"status\":\"ok\"}"));
        new ControlPlaneRoutes(functions, aliases).register(app);
        new TelemetryRoutes(telemetry).register(app);
        ErrorResponses.install(app);
    }

    /** Starts listening. */
    public void start() {
        app.start();
    }

    /** @return the bound port */
    public int port() {
        return app.port();
    }

    /** Stops listening; running requests are cut. */
    @Override
    public void close() {
        app.stop();
    }
}
