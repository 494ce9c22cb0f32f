package io.fusionize.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class DashboardServerTests {

    private static final String SNAPSHOT = "{\"application\":\"chain\"}";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesThePageAndItsAssetsFromTheJarWithoutAnythingFromElsewhere() throws Exception {
        try (DashboardServer server = DashboardServer.start(() -> SNAPSHOT, 0)) {
            assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            for (String path : new String[] {"", "dashboard.js", "dashboard.css"}) {
                HttpResponse<String> page = get(server.uri().resolve("/" + path));

                assertThat(page.statusCode()).as(path).isEqualTo(200);
                // Only the SVG namespace may look like an address; nothing is fetched from another host.
                assertThat(page.body().replace("http://www.w3.org/2000/svg", ""))
                        .doesNotContain("http://", "https://", "//cdn");
            }
            assertThat(get(server.uri()).body()).contains("setup-graph", "latency-chart", "cost-chart");
        }
    }

    @Test
    void answersTheSnapshotAndPushesItAsServerSentEvents() throws Exception {
        try (DashboardServer server = DashboardServer.start(() -> SNAPSHOT, 0)) {
            HttpResponse<String> snapshot = get(server.uri().resolve("/api/snapshot"));
            assertThat(snapshot.body()).isEqualTo(SNAPSHOT);
            assertThat(snapshot.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));

            // what a browser's EventSource asks for
            HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(
                    server.uri().resolve("/events")).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(),
                    StandardCharsets.UTF_8))) {
                assertThat(lines.readLine()).isEqualTo("event: snapshot");
                assertThat(lines.readLine()).isEqualTo("data: " + SNAPSHOT);
                // the next push comes without a reload
                String line;
                int snapshots = 1;
                while (snapshots < 2 && (line = lines.readLine()) != null) {
                    snapshots += line.equals("event: snapshot") ? 1 : 0;
                }
                assertThat(snapshots).isEqualTo(2);
            }
        }
    }

    @Test
    void anAddressOtherThanLoopbackNeedsAToken() {
        assertThatIllegalArgumentException().isThrownBy(() -> DashboardServer.start(() -> SNAPSHOT, "0.0.0.0", 0,
                null)).withMessageContaining("only with a token");
    }

    @Test
    void withATokenOnlyRequestsThatShowItAreAnswered() throws Exception {
        try (DashboardServer server = DashboardServer.start(() -> SNAPSHOT, "127.0.0.1", 0, "s3cret")) {
            assertThat(get(server.uri().resolve("/api/snapshot")).statusCode()).isEqualTo(401);
            assertThat(get(server.uri().resolve("/api/snapshot?token=s3cret")).body()).isEqualTo(SNAPSHOT);
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
