package io.fusionize.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.cli.CliRun;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code fusionize deploy} against a real local platform, then a request through its Invoke API. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DeployOnPlatformTests {

    @TempDir
    static Path state;

    private static LocalPlatform platform;
    private static final List<InvocationReport> REPORTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startPlatform() {
        platform = LocalPlatform.builder().stateDir(state.resolve("platform")).port(0).build().start();
        platform.addReportListener(REPORTS::add);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void deploysAllLocalAndTheFunctionAnswersThroughTheInvokeApi() throws Exception {
        CliRun run = CliRun.of("deploy", "--app", "iot", "--setup", "all-local",
                "--platform", platform.uri().toString(), "--state", state.resolve("platform").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("deployed iot v1: I+CW+SE")
                .containsPattern("iot-I\\s+1\\s+v1\\s+\\d+\\.\\d MB\\s+AS CA CS")
                .contains("1 functions, ").contains("invoke with Qualifier=v1");
        assertThat(state.resolve("platform/artifacts")).isDirectory();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.uri() + "/2015-03-31/functions/iot-I/invocations?Qualifier=v1"))
                .header("Authorization", "Bearer " + platform.token())
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString("{\"seed\": 7}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Amz-Function-Error")).isEmpty();
        JsonNode body = WireCodec.mapper().readTree(response.body());
        assertThat(body.path("result").path("seed").asLong()).as(response.body()).isEqualTo(7);
        assertThat(REPORTS).filteredOn(report -> report.functionName().equals("iot-I")).isNotEmpty()
                .allSatisfy(report -> assertThat(report.outcome()).isEqualTo("Success"));
    }

    @Test
    void aTokenThePlatformDoesNotKnowIsAUserErrorOnOneLine() throws Exception {
        Path other = Files.createDirectories(state.resolve("other"));
        Files.writeString(other.resolve("token"), "not-the-token\n");

        CliRun run = CliRun.of("deploy", "--app", "iot", "--setup", "all-local",
                "--platform", platform.uri().toString(), "--state", other.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: the platform at " + platform.uri() + " refused the token in "
                + other.resolve("token")).hasLineCount(1);
    }
}
