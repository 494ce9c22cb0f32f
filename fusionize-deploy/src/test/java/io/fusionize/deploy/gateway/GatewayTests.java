package io.fusionize.deploy.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.fixture.GreetingApplication;
import io.fusionize.deploy.lambda.LambdaClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.lambda.LambdaClient;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class GatewayTests {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<GatewayObservation> observations = new CopyOnWriteArrayList<>();
    private InvokeApiDouble platform;
    private LambdaClient lambda;
    private Gateway gateway;
    private VersionRouter router;

    @BeforeEach
    void start() throws IOException {
        platform = new InvokeApiDouble();
        lambda = LambdaClients.forLocalPlatform(platform.uri(), "secret");
        gateway = Gateway.start(lambda, 0);
        router = new VersionRouter();
        gateway.register(ApplicationCode.find(GreetingApplication.NAME).application(), router);
        gateway.addListener(observations::add);
    }

    @AfterEach
    void stop() {
        gateway.close();
        lambda.close();
        platform.close();
    }

    @Test
    void forwardsToTheEntryFunctionOfTheCurrentVersionAndAnswersItsResult() throws Exception {
        deployVersion(3);
        platform.respond(200, null, "{\"result\":{\"greeting\":\"hello ADA!\"}}");

        HttpResponse<String> response = post("/apps/greeting/Greet", "{\"name\":\"ada\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("greeting").asText()).isEqualTo("hello ADA!");
        assertThat(response.headers().firstValue(Gateway.HEADER_SETUP_VERSION)).hasValue("3");
        assertThat(response.headers().firstValue(Gateway.HEADER_REQUEST_ID)).hasValue("req-1");
        assertThat(platform.requests()).containsExactly(
                "POST /2015-03-31/functions/greeting-Greet/invocations?Qualifier=v3 RequestResponse"
                        + " {\"name\":\"ada\"}");
        assertThat(observations).singleElement().satisfies(o -> {
            assertThat(o.setupVersion()).isEqualTo(3);
            assertThat(o.requestId()).isEqualTo("req-1");
            assertThat(o.succeeded()).isTrue();
            assertThat(o.latencyMs()).isPositive();
        });
    }

    @Test
    void asyncRequestIsQueuedAndAnswered202() throws Exception {
        deployVersion(1);

        HttpResponse<String> byQuery = post("/apps/greeting/Greet?async=true", "{}");
        HttpResponse<String> byHeader = http.send(HttpRequest.newBuilder(url("/apps/greeting/Greet"))
                .header(Gateway.HEADER_INVOCATION_TYPE, "Event")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(byQuery.statusCode()).isEqualTo(202);
        assertThat(byHeader.statusCode()).isEqualTo(202);
        assertThat(json(byQuery).get("setupVersion").asInt()).isEqualTo(1);
        assertThat(platform.requests()).allMatch(r -> r.contains(" Event "));
    }

    @Test
    void taskFailureIsA502WithTheTasksError() throws Exception {
        deployVersion(1);
        platform.respond(200, null, "{\"error\":{\"task\":\"Shout\",\"errorType\":"
                + "\"java.lang.IllegalStateException\",\"errorMessage\":\"too quiet\"}}");

        HttpResponse<String> response = post("/apps/greeting/Greet", "{}");

        assertThat(response.statusCode()).isEqualTo(502);
        JsonNode error = json(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("TaskFailed");
        assertThat(error.get("task").asText()).isEqualTo("Shout");
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("errorMessage").asText()).isEqualTo("too quiet");
        assertThat(observations).singleElement().satisfies(o -> assertThat(o.succeeded()).isFalse());
    }

    @Test
    void platformFunctionErrorIsA502NamingThePlatformsErrorType() throws Exception {
        deployVersion(1);
        platform.respond(200, "Unhandled", "{\"errorType\":\"Sandbox.Timedout\","
                + "\"errorMessage\":\"Task timed out after 3 s\"}");

        HttpResponse<String> response = post("/apps/greeting/Greet", "{}");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(json(response).get("error").get("errorType").asText()).isEqualTo("Sandbox.Timedout");
    }

    @Test
    void unknownApplicationAndEntryAre404() throws Exception {
        deployVersion(1);

        HttpResponse<String> app = post("/apps/nope/Greet", "{}");
        HttpResponse<String> entry = post("/apps/greeting/Shout", "{}");

        assertThat(app.statusCode()).isEqualTo(404);
        assertThat(json(app).get("error").get("type").asText()).isEqualTo("UnknownApplication");
        assertThat(json(app).get("error").get("message").asText()).contains("greeting");
        assertThat(entry.statusCode()).isEqualTo(404);
        assertThat(json(entry).get("error").get("type").asText()).isEqualTo("UnknownEntry");
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void malformedJsonIsA400WithLineAndColumn() throws Exception {
        deployVersion(1);

        HttpResponse<String> response = post("/apps/greeting/Greet", "{\n  \"name\": ada\n}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("MalformedJson");
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("column").asInt()).isGreaterThan(1);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void oversizePayloadIsA413ForSyncAndAsyncLimits() throws Exception {
        deployVersion(1);
        String justOverAsync = "\"" + "x".repeat(PayloadReader.ASYNC_LIMIT_BYTES) + "\"";
        String overSync = "\"" + "x".repeat(PayloadReader.SYNC_LIMIT_BYTES) + "\"";

        HttpResponse<String> async = post("/apps/greeting/Greet?async=true", justOverAsync);
        HttpResponse<String> sync = post("/apps/greeting/Greet", overSync);

        assertThat(async.statusCode()).isEqualTo(413);
        assertThat(sync.statusCode()).isEqualTo(413);
        assertThat(json(sync).get("error").get("limitBytes").asInt()).isEqualTo(PayloadReader.SYNC_LIMIT_BYTES);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void requestsBeforeTheFirstDeploymentAre503() throws Exception {
        HttpResponse<String> response = post("/apps/greeting/Greet", "{}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("error").get("type").asText()).isEqualTo("NotDeployed");
    }

    private void deployVersion(int version) {
        router.switchTo(SetupGenerators.allRemote(ApplicationCode.find(GreetingApplication.NAME).application())
                .withVersion(version));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return gateway.uri().resolve(path);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return WireCodec.mapper().readTree(response.body());
    }
}
