package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.Reports;
import io.fusionize.platform.support.SdkClients;
import io.fusionize.platform.support.TestCode;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Accepted events survive a kill -9 of the platform and are delivered after it restarts. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AsyncDurabilityTests {

    private static final int EVENTS = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void eventsAcceptedBeforeAKillAreDeliveredAfterTheRestart() throws Exception {
        Path state = dir.resolve("state");
        // the events run until this file exists, which it does only after the kill
        Path release = dir.resolve("release");
        int port = freePort();
        Process platform = startPlatformProcess(state, port);
        try {
            awaitHealthy(port);
            acceptEvents(state, port, release);
            awaitAnEventRunning(state);
        } finally {
            platform.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            Files.createFile(release);
        }
        assertThat(successfulEvents(Files.readAllLines(state.resolve(StateLayout.REPORTS_FILE))))
                .as("no event finished before the kill").isZero();

        Reports reports = new Reports();
        try (LocalPlatform restarted = LocalPlatform.builder().stateDir(state).port(0).build().start()) {
            restarted.addReportListener(reports);
            Awaitility.await().atMost(PATIENCE).until(() -> reports.all().stream()
                    .filter(r -> r.invocationType().equals("Event") && r.outcome().equals("Success")).count() >= EVENTS);
        }
        assertThat(reports.all()).allSatisfy(report -> assertThat(report.functionName()).isEqualTo("durable"));
    }

    /** Waits until the function's log shows a handler at work, so that the kill finds an event in flight. */
    private static void awaitAnEventRunning(Path state) {
        Path log = state.resolve("logs").resolve("durable.log");
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> Files.readString(log).contains("handling "));
    }

    private static void acceptEvents(Path state, int port, Path release) throws IOException {
        String token = Files.readString(state.resolve(StateLayout.TOKEN_FILE)).trim();
        try (LambdaClient lambda = SdkClients.lambda(URI.create("http://127.0.0.1:" + port), token)) {
            lambda.createFunction(b -> b.functionName("durable").runtime(Runtime.JAVA17).role("r").timeout(30)
                    .handler(TestCode.HANDLER).code(c -> c.zipFile(SdkBytes.fromByteArray(TestCode.zip()))));
            for (int i = 0; i < EVENTS; i++) {
                int status = lambda.invoke(b -> b.functionName("durable").invocationType(InvocationType.EVENT)
                        .payload(SdkBytes.fromByteArray(Events.hold(release)))).statusCode();
                assertThat(status).isEqualTo(202);
            }
        }
    }

    private static long successfulEvents(List<String> reportLines) throws IOException {
        long count = 0;
        for (String line : reportLines) {
            InvocationReport report = ProtocolJson.mapper().readValue(line,
                    InvocationReport.class);
            count += report.invocationType().equals("Event") && report.outcome().equals("Success") ? 1 : 0;
        }
        return count;
    }

    private Process startPlatformProcess(Path state, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PlatformMain.class.getName(),
                "--port", Integer.toString(port), "--state", state.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("platform.log").toFile()).start();
    }

    private static void awaitHealthy(int port) {
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
