package io.fusionize.dashboard;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Serves the page and its snapshot: {@code GET /} (the page, its script and style from the jar),
 * {@code GET /api/snapshot} (the snapshot as JSON) and {@code GET /events} (server-sent events,
 * one {@code snapshot} event a second). It listens on loopback; another address needs a token,
 * which the browser passes once as {@code ?token=} and then keeps in a cookie.
 */
public final class DashboardServer implements AutoCloseable {

    /** The address the dashboard listens on unless given a token. */
    public static final String LOOPBACK = "127.0.0.1";
    private static final String ASSETS = "/io/fusionize/dashboard/web/";
    private static final Map<String, String> PAGES = Map.of("/", "index.html", "/dashboard.js", "dashboard.js",
            "/dashboard.css", "dashboard.css");
    private static final String TOKEN_COOKIE = "fusionize-dashboard-token";
    private static final long PUSH_EVERY_MS = 1_000;

    private final Supplier<String> snapshot;
    private final String token;
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pusher;
    private final Javalin server;

    private DashboardServer(Supplier<String> snapshot, String host, int port, String token) {
        this.snapshot = snapshot;
        this.token = token;
        this.server = Javalin.create(config -> config.showJavalinBanner = false);
        if (token != null) {
            server.before(this::requireToken);
        }
        PAGES.forEach((path, asset) -> server.get(path, ctx -> asset(ctx, asset)));
        server.get("/api/snapshot", ctx -> ctx.contentType("application/json").result(snapshot.get()));
        server.sse("/events", this::join);
        server.start(host, port);
        this.pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fusionize-dashboard-push");
            thread.setDaemon(true);
            return thread;
        });
        pusher.scheduleWithFixedDelay(this::push, PUSH_EVERY_MS, PUSH_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a server on loopback.
     *
     * @param snapshot the snapshot JSON, read for every request and push
     * @param port the port, 0 for any free one
     * @return the running server
     */
    public static DashboardServer start(Supplier<String> snapshot, int port) {
        return new DashboardServer(Objects.requireNonNull(snapshot, "snapshot must not be null"), LOOPBACK, port,
                null);
    }

    /**
     * Starts a server on any address; one that is not loopback answers only requests with the token.
     *
     * @param snapshot the snapshot JSON
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param token the token browsers must show, e.g. the platform's; may be {@code null} on loopback
     * @return the running server
     * @throws IllegalArgumentException when a non-loopback address comes without a token
     */
    public static DashboardServer start(Supplier<String> snapshot, String host, int port, String token) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        if (!isLoopback(host) && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("the dashboard binds " + host + " only with a token; without one it"
                    + " binds " + LOOPBACK);
        }
        return new DashboardServer(snapshot, host, port, token);
    }

    /** @return the page's address */
    public URI uri() {
        return URI.create("http://" + LOOPBACK + ":" + server.port() + "/");
    }

    /** @return the port it listens on */
    public int port() {
        return server.port();
    }

    /** Pushes the snapshot to every open page now. */
    public void push() {
        if (clients.isEmpty()) {
            return;
        }
        String json = snapshot.get();
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent("snapshot", json);
            }
        }
    }

    /** Ends the pushes, closes the open pages' event streams and stops listening. */
    @Override
    public void close() {
        pusher.shutdownNow();
        clients.forEach(SseClient::close);
        server.stop();
    }

    private void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("snapshot", snapshot.get());
    }

    private void requireToken(Context ctx) {
        String offered = ctx.queryParam("token");
        if (token.equals(offered)) {
            ctx.cookie(TOKEN_COOKIE, offered);
            return;
        }
        if (!token.equals(ctx.cookie(TOKEN_COOKIE))) {
            throw new UnauthorizedResponse("the dashboard needs ?token=TOKEN (the platform's token) once");
        }
    }

    private static void asset(Context ctx, String name) {
        try (InputStream in = DashboardServer.class.getResourceAsStream(ASSETS + name)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard asset " + name + " is missing from the jar");
            }
            ctx.contentType(contentType(name)).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboard asset " + name, e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
