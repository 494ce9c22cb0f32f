package io.fusionize.deploy.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.fusionize.deploy.gateway.Gateway;

/**
 * A JDK HTTP server on 127.0.0.1 that answers every path with a test-chosen behaviour, as a gateway
 * would: the request id header is {@code req-} and the body's digits.
 */
final class LocalHttpServer implements AutoCloseable {

    /** Decides the status code of one request, given its body; may block to be slow. */
    @FunctionalInterface
    interface Behaviour {
        int answer(String body) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    LocalHttpServer(Behaviour behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> handle(exchange, behaviour));
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void handle(HttpExchange exchange, Behaviour behaviour) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = answer(behaviour, body);
            byte[] reply = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add(Gateway.HEADER_REQUEST_ID, "req-" + body.replaceAll("\\D", ""));
            exchange.sendResponseHeaders(status, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    private static int answer(Behaviour behaviour, String body) {
        try {
            return behaviour.answer(body);
        } catch (Exception e) {
            return 500;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
