package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.telemetry.TelemetryPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The telemetry feed: reports and log lines over HTTP, behind the token. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TelemetryApiTests {

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void createFunction() {
        fixture.create("telemetered", 256, 10);
    }

    @Test
    void reportAndLogLinesOfAnInvocationCanBeRead() throws Exception {
        InvokeResult result = fixture.invoke("telemetered",
                "{\"action\":\"echo\"}".getBytes(StandardCharsets.UTF_8));
        String requestId = result.requestId();

        List<JsonNode> items = new ArrayList<>();
        long after = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (items.stream().noneMatch(i -> i.path("type").asText().equals("report")
                && i.path("report").path("requestId").asText().equals(requestId))
                && System.nanoTime() < deadline) {
            HttpResponse<String> response = get("?after=" + after + "&waitMs=2000", fixture.platform().token());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            assertThat(page.path("dropped").asBoolean()).isFalse();
            page.path("items").forEach(items::add);
            after = page.path("next").asLong();
        }

        JsonNode report = items.stream().filter(i -> i.path("type").asText().equals("report")).findFirst().orElseThrow();
        assertThat(report.path("report").path("functionName").asText()).isEqualTo("telemetered");
        assertThat(report.path("report").has("errorType")).as("reports keep their null fields").isTrue();
        assertThat(items).anySatisfy(item -> {
            assertThat(item.path("type").asText()).isEqualTo("log");
            assertThat(item.path("functionName").asText()).isEqualTo("telemetered");
            assertThat(item.path("version").asText()).isEqualTo(LambdaApi.LATEST);
            assertThat(item.path("requestId").asText()).isEqualTo(requestId);
            assertThat(item.path("line").asText()).isEqualTo("handling " + requestId);
        });
        assertThat(items).extracting(i -> i.path("seq").asLong()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void longPollAnswersEmptyAfterTheWaitWhenNothingIsNew() throws Exception {
        JsonNode latest = JSON.readTree(get("?after=0", fixture.platform().token()).body());
        long next = latest.path("next").asLong();

        long started = System.nanoTime();
        JsonNode page = JSON.readTree(get("?after=" + next + "&waitMs=300", fixture.platform().token()).body());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(page.path("items")).isEmpty();
        assertThat(page.path("next").asLong()).isEqualTo(next);
    }

    @Test
    void withoutTokenIs401AndWithAWrongOneIs403() throws Exception {
        assertThat(get("?after=0", null).statusCode()).isEqualTo(401);
        assertThat(get("?after=0", "wrong").statusCode()).isEqualTo(403);
    }

    @Test
    void badParametersAre400() throws Exception {
        HttpResponse<String> response = get("?after=soon", fixture.platform().token());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("after must be a whole number");
    }

    private static HttpResponse<String> get(String query, String token) throws Exception {
        URI feed = URI.create(fixture.platform().uri() + TelemetryPage.PATH + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(feed).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header(LambdaApi.HEADER_AUTHORIZATION, LambdaApi.BEARER_PREFIX + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
