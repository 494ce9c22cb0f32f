package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.protocol.lambda.LambdaApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that stall, or that never send anything, cannot make the platform unresponsive to
 * others, and the platform does not keep their connections for long.
 */
@Timeout(180)
class StalledClientTests {

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture();
    private static final int STALLED_CLIENTS = 300;
    /** Generous: what the platform promises is "within its idle timeout", far below this. */
    private static final int SOCKET_READ_TIMEOUT_MS = 150_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void createFunction() {
        fixture.create("patient", 256, 90);
    }

    @Test
    void stalledInvocationBodiesLeaveHealthAndOtherClientsAnswered() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED_CLIENTS; i++) {
                stalled.add(stalledInvocation());
            }

            assertThat(get("/health").statusCode()).isEqualTo(200);
            HttpResponse<String> invoked = invoke("{\"action\":\"echo\",\"from\":\"another client\"}");
            assertThat(invoked.statusCode()).isEqualTo(200);
            assertThat(invoked.body()).contains("another client");
        } finally {
            closeAll(stalled);
        }
    }

    @Test
    @Tag("slow")
    void aStalledBodyIsCutWithinTheIdleTimeout() throws Exception {
        try (Socket socket = stalledInvocation()) {
            String answer = readUntilClosed(socket);

            assertThat(answer).satisfiesAnyOf(text -> assertThat(text).isEmpty(),
                    text -> assertThat(text).startsWith("HTTP/1.1 408"));
        }
    }

    @Test
    @Tag("slow")
    void anIdleConnectionIsClosedWithinTheIdleTimeout() throws Exception {
        try (Socket socket = connect()) {
            assertThat(readUntilClosed(socket)).isEmpty();
        }
    }

    @Test
    @Tag("slow")
    void anInvocationLongerThanTheIdleTimeoutIsAnswered() throws Exception {
        HttpResponse<String> response = invoke("{\"action\":\"sleep\",\"ms\":45000}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"slept\":45000");
    }

    /** @return a socket that sent an invocation's headers and part of its body, then nothing more */
    private static Socket stalledInvocation() throws IOException {
        Socket socket = connect();
        String partial = "POST " + LambdaApi.invokePath("patient") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + LambdaApi.HEADER_CONTENT_TYPE + ": " + LambdaApi.CONTENT_TYPE_JSON + "\r\n"
                + "Content-Length: 1000\r\n\r\n{\"action\":\"echo\",\"pad\":\"";
        OutputStream out = socket.getOutputStream();
        out.write(partial.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), fixture.platform().uri().getPort());
        socket.setSoTimeout(SOCKET_READ_TIMEOUT_MS);
        return socket;
    }

    /** @return everything the server sent before it closed the connection */
    private static String readUntilClosed(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (java.net.SocketException reset) {
            // a reset also means the server dropped the connection
            return "";
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fixture.platform().uri() + path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> invoke(String event) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(fixture.platform().uri().resolve(LambdaApi.invokePath("patient")))
                .POST(HttpRequest.BodyPublishers.ofString(event)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing is best effort; the platform closes its side on its own
            }
        }
    }
}
