package io.fusionize.deploy.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server that answers Lambda Invoke API calls with a scripted response, and
 * remembers what it was asked. It lets gateway tests run without function processes.
 */
final class InvokeApiDouble implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String functionError;
    private volatile String body = "{\"result\":null}";

    InvokeApiDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void respond(int newStatus, String newFunctionError, String newBody) {
        status = newStatus;
        functionError = newFunctionError;
        body = newBody;
    }

    List<String> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + type + " "
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        exchange.getResponseHeaders().add("x-amzn-RequestId", "req-" + requests.size());
        if (functionError != null) {
            exchange.getResponseHeaders().add("X-Amz-Function-Error", functionError);
        }
        boolean event = "Event".equals(type);
        byte[] bytes = event ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(event ? 202 : status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
