package io.fusionize.lambda.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fusionize.protocol.lambda.RuntimeApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Loads the classes an invocation needs by serving two invocations from a private loopback
 * server, so that a class-data-sharing archive recorded during this run covers them.
 */
final class TrainingRun {

    private static final String LOOPBACK = "127.0.0.1";

    private TrainingRun() {
    }

    static void exerciseClient() {
        HttpServer server = startServer();
        try {
            String api = LOOPBACK + ":" + server.getAddress().getPort();
            RuntimeApiClient client = new RuntimeApiClient(api);
            NextInvocation invocation = client.next();
            client.postResponse(invocation.requestId(), invocation.payload());
            client.postError(invocation.requestId(), new ErrorReport("Training", "training", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server.stop(0);
        }
    }

    private static HttpServer startServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0), 0);
            server.createContext("/", TrainingRun::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        boolean next = exchange.getRequestMethod().equals("GET");
        byte[] body = next ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : new byte[0];
        exchange.getResponseHeaders().add(RuntimeApi.HEADER_REQUEST_ID, "training");
        exchange.getResponseHeaders().add(RuntimeApi.HEADER_DEADLINE_MS,
                Long.toString(System.currentTimeMillis() + 1000));
        exchange.sendResponseHeaders(next ? 200 : 202, body.length == 0 ? -1 : body.length);
        exchange.close();
    }
}
