package io.fusionize.deploy.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.fusionize.api.Application;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The HTTP endpoint for root requests.
 *
 * <ul>
 *   <li>{@code POST /apps/{app}/{entry}} with a JSON body calls the entry task and answers with its
 *       result (200), or with the error JSON when a task failed (502).</li>
 *   <li>The same with {@code ?async=true} or the header {@code X-Fusionize-Invocation-Type: Event}
 *       queues the call and answers 202 with its request id.</li>
 *   <li>Errors are JSON {@code {"error": {"type", "message", …}}}: 404 for an unknown application or
 *       entry, 400 for malformed JSON (with line and column), 413 past the payload limits (6 MB
 *       sync, 1 MB async), 503 before the first version is deployed.</li>
 * </ul>
 *
 * <p>Every answer carries the serving version in {@code X-Fusionize-Setup-Version}; each request
 * is observed by the listeners with the latency the client saw.
 */
public final class Gateway implements AutoCloseable {

    /** Header that asks for an async call when its value is {@code Event}. */
    public static final String HEADER_INVOCATION_TYPE = "X-Fusionize-Invocation-Type";

    /** Header naming the setup version that served the request. */
    public static final String HEADER_SETUP_VERSION = "X-Fusionize-Setup-Version";

    /** How many root requests are forwarded at once unless asked otherwise; the rest wait their turn. */
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 8;

    /** How long a request waits for its turn before it is answered 503. */
    public static final Duration QUEUE_TIMEOUT = Duration.ofMinutes(1);

    /** Header carrying the platform request id of the root invocation. */
    public static final String HEADER_REQUEST_ID = "X-Fusionize-Request-Id";

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Consumer<GatewayObservation>> listeners = new CopyOnWriteArrayList<>();
    private final RootForwarder forwarder;
    private final Semaphore turns;
    private final Javalin server;

    private Gateway(LambdaClient lambda, String host, int port, int maxConcurrentRequests) {
        this.forwarder = new RootForwarder(lambda);
        this.turns = new Semaphore(maxConcurrentRequests, true);
        this.server = Javalin.create(config -> config.showJavalinBanner = false);
        server.post("/apps/{app}/{entry}", this::serve);
        server.get("/apps/{app}", this::describe);
        server.exception(Exception.class, (e, ctx) -> reply(ctx, ForwardResult.of(
                new GatewayException(500, "GatewayError", String.valueOf(e.getMessage())), null)));
        server.start(host, port);
    }

    /**
     * Starts a gateway on the loopback interface.
     *
     * @param lambda the client for the platform's Invoke API
     * @param port the port, or 0 for any free one
     * @return the running gateway
     */
    public static Gateway start(LambdaClient lambda, int port) {
        return start(lambda, "127.0.0.1", port, DEFAULT_MAX_CONCURRENT_REQUESTS);
    }

    /**
     * Starts a gateway that forwards at most a given number of requests at once. Bounding them
     * keeps a burst from starting more cold instances than the machine can start in time; the
     * waiting shows in the latency clients see.
     *
     * @param lambda the client for the platform's Invoke API
     * @param host the address to bind
     * @param port the port, or 0 for any free one
     * @param maxConcurrentRequests how many requests are forwarded at once
     * @return the running gateway
     */
    public static Gateway start(LambdaClient lambda, String host, int port, int maxConcurrentRequests) {
        Objects.requireNonNull(lambda, "lambda client must not be null");
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("max concurrent requests must be at least 1, was "
                    + maxConcurrentRequests);
        }
        return new Gateway(lambda, host, port, maxConcurrentRequests);
    }

    /**
     * Serves an application's entry tasks, routed by the given router.
     *
     * @param application the application
     * @param router chooses the version for each request
     */
    public void register(Application application, VersionRouter router) {
        routes.put(application.name(), new Route(application, router));
    }

    /** @param listener receives one observation per root request */
    public void addListener(Consumer<GatewayObservation> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
    }

    /** @return the gateway's port */
    public int port() {
        return server.port();
    }

    /** @return the gateway's base URL */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Stops accepting requests and shuts the server down. */
    @Override
    public void close() {
        server.stop();
    }

    private void serve(Context ctx) {
        long start = System.nanoTime();
        long epochMs = System.currentTimeMillis();
        String application = ctx.pathParam("app");
        String entry = ctx.pathParam("entry");
        boolean async = isAsync(ctx);
        int version = 0;
        ForwardResult result;
        try {
            Route route = route(application, entry);
            byte[] payload = PayloadReader.read(ctx.contentLength(), ctx.bodyInputStream(),
                    async ? PayloadReader.ASYNC_LIMIT_BYTES : PayloadReader.SYNC_LIMIT_BYTES);
            awaitTurn();
            try (VersionRouter.Lease lease = acquire(route)) {
                version = lease.version();
                result = forwarder.forward(application, entry, version, payload, async);
            } finally {
                turns.release();
            }
        } catch (GatewayException e) {
            result = ForwardResult.of(e, null);
        }
        double latencyMs = (System.nanoTime() - start) / 1e6;
        if (version > 0) {
            ctx.header(HEADER_SETUP_VERSION, Integer.toString(version));
        }
        reply(ctx, result);
        notifyListeners(new GatewayObservation(application, entry, version, result.requestId(), async,
                result.status(), latencyMs, epochMs, result.errorType()));
    }

    private void describe(Context ctx) {
        Route route = routes.get(ctx.pathParam("app"));
        if (route == null) {
            reply(ctx, ForwardResult.of(unknownApplication(ctx.pathParam("app")), null));
            return;
        }
        var body = io.fusionize.core.wire.WireCodec.mapper().createObjectNode()
                .put("application", route.application().name());
        body.putPOJO("entries", route.application().entryTasks());
        route.router().currentSetup().ifPresent(setup -> body.put("setupVersion", setup.version()));
        reply(ctx, new ForwardResult(200, io.fusionize.core.wire.WireCodec.write(body), null, null));
    }

    private Route route(String application, String entry) {
        Route route = routes.get(application);
        if (route == null) {
            throw unknownApplication(application);
        }
        if (!route.application().entryTasks().contains(entry)) {
            throw new GatewayException(404, "UnknownEntry", "application " + application
                    + " has no entry task '" + entry + "'; entries: " + route.application().entryTasks())
                    .with("entries", route.application().entryTasks());
        }
        return route;
    }

    private GatewayException unknownApplication(String application) {
        return new GatewayException(404, "UnknownApplication", "no application '" + application
                + "' is served here; applications: " + routes.keySet().stream().sorted().toList());
    }

    private void awaitTurn() {
        try {
            if (!turns.tryAcquire(QUEUE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new GatewayException(503, "GatewayBusy", "no turn within " + QUEUE_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(503, "GatewayStopping", "interrupted while waiting for a turn");
        }
    }

    private static VersionRouter.Lease acquire(Route route) {
        try {
            return route.router().acquire();
        } catch (IllegalStateException notDeployed) {
            throw new GatewayException(503, "NotDeployed", notDeployed.getMessage());
        }
    }

    private static boolean isAsync(Context ctx) {
        return "true".equalsIgnoreCase(ctx.queryParam("async"))
                || "Event".equalsIgnoreCase(ctx.header(HEADER_INVOCATION_TYPE));
    }

    private static void reply(Context ctx, ForwardResult result) {
        if (result.requestId() != null) {
            ctx.header(HEADER_REQUEST_ID, result.requestId());
        }
        ctx.status(result.status()).contentType("application/json").result(result.body());
    }

    private void notifyListeners(GatewayObservation observation) {
        for (Consumer<GatewayObservation> listener : listeners) {
            try {
                listener.accept(observation);
            } catch (RuntimeException e) {
                // a failing listener must not fail a request that has been answered already
                LOG.warn("gateway listener failed: " + e, e);
            }
        }
    }

    /** An application served here and its version router. */
    private record Route(Application application, VersionRouter router) {
    }
}
