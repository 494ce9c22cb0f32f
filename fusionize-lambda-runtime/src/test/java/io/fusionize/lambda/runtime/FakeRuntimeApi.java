package io.fusionize.lambda.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fusionize.protocol.lambda.RuntimeApi;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal Runtime API on loopback: hands out queued events and records what is posted back. */
final class FakeRuntimeApi implements AutoCloseable {

    /** One post the runtime made. */
    record Post(String path, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();

    FakeRuntimeApi(String prefix) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext(prefix + "/2018-06-01/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void enqueue(String event) {
        events.add(event);
    }

    Post awaitPost() throws InterruptedException {
        Post post = posts.poll(60, TimeUnit.SECONDS);
        if (post == null) {
            throw new AssertionError("no post within 60 s");
        }
        return post;
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] requestBody;
        try (InputStream in = exchange.getRequestBody()) {
            requestBody = in.readAllBytes();
        }
        if (exchange.getRequestMethod().equals("GET")) {
            handOut(exchange);
            return;
        }
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        posts.add(new Post(exchange.getRequestURI().getPath(), new String(requestBody, StandardCharsets.UTF_8),
                headers));
        exchange.sendResponseHeaders(202, -1);
        exchange.close();
    }

    private void handOut(HttpExchange exchange) throws IOException {
        String event;
        try {
            event = events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        byte[] body = event.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add(RuntimeApi.HEADER_REQUEST_ID, "req-" + events.size());
        exchange.getResponseHeaders().add(RuntimeApi.HEADER_DEADLINE_MS,
                Long.toString(System.currentTimeMillis() + 60_000));
        exchange.getResponseHeaders().add(RuntimeApi.HEADER_INVOKED_FUNCTION_ARN,
                "arn:aws:lambda:local:000000000000:function:fn");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
