package io.fusionize.deploy.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fusionize.deploy.gateway.Gateway;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the gateway on 127.0.0.1 that records every request as {@code PATH BODY}. It
 * answers with a request id header {@code req-N}, N counting from 1, and fails a body that
 * contains {@code fail} with 502 and a gateway error.
 */
public final class RecordingGateway implements AutoCloseable {

    private final HttpServer server;
    private final List<String> received = new ArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();

    /** @throws IOException when no port can be bound */
    public RecordingGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return the gateway's base URL */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** @return every request received so far, as {@code PATH BODY}, in arrival order */
    public List<String> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (received) {
                received.add(exchange.getRequestURI().getPath() + " " + body);
            }
            boolean fail = body.contains("fail");
            byte[] reply = (fail ? "{\"error\":{\"type\":\"TaskFailed\",\"message\":\"task CW failed\"}}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add(Gateway.HEADER_REQUEST_ID, "req-" + answered.incrementAndGet());
            exchange.sendResponseHeaders(fail ? 502 : 200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
