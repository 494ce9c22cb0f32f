package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.sun.net.httpserver.HttpServer;

import io.fusionize.deploy.gateway.Gateway;
import io.fusionize.deploy.load.SendResult;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class GatewayRequestSenderTests {

    private final List<String> bodies = new ArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/apps/iot/I", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (bodies) {
                bodies.add(body);
            }
            boolean fail = body.contains("13");
            byte[] reply = (fail ? "{\"error\":{\"type\":\"TaskFailed\",\"message\":\"task CW failed\"}}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add(Gateway.HEADER_REQUEST_ID, "req-" + body.replaceAll("\\D", ""));
            exchange.sendResponseHeaders(fail ? 502 : 200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private GatewayRequestSender sender() {
        return new GatewayRequestSender(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/apps/iot/I"),
                Duration.ofSeconds(60));
    }

    @Test
    void sendsTheSequenceAsSeedAndKeepsTheRootRequestId() throws Exception {
        SendResult result = sender().send(7);

        assertThat(result.success()).isTrue();
        assertThat(result.requestId()).contains("req-7");
        assertThat(bodies).containsExactly("{\"seed\":7}");
    }

    @Test
    void namesTheGatewaysErrorAsTheFailureCause() throws Exception {
        SendResult result = sender().send(13);

        assertThat(result.success()).isFalse();
        assertThat(result.failureCause()).contains("HTTP 502 TaskFailed: task CW failed");
    }

    @Test
    void fallsBackToTheStatusWhenTheBodyIsNotAnError() {
        assertThat(GatewayRequestSender.cause(429, "slow down")).isEqualTo("HTTP 429");
        assertThat(GatewayRequestSender.cause(500, "{\"x\":1}")).isEqualTo("HTTP 500");
    }
}
