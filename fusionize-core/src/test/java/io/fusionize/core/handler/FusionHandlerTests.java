package io.fusionize.core.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.ApplicationProvider;
import io.fusionize.core.record.RecordJson;
import io.fusionize.core.runtime.InvocationFailedException;
import io.fusionize.core.runtime.testapp.CalcApp;
import io.fusionize.core.setup.SetupJson;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The handler driven as a platform would, with a fake Invoke API for its remote calls. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FusionHandlerTests {

    private static final String GUARD_EVENT = "{\"label\":\"h\",\"values\":[1]}";

    @TempDir
    Path artifact;

    private ClassLoader loader;
    private FakeInvokeApi api;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void buildArtifact() throws IOException {
        Path services = artifact.resolve("META-INF/services/" + ApplicationProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, CalcProvider.class.getName() + "\n");
        Files.writeString(artifact.resolve("fusionize-setup.json"), SetupJson.write(CalcApp.allRemote()));
        loader = new URLClassLoader(new URL[] {artifact.toUri().toURL()}, getClass().getClassLoader());
        api = new FakeInvokeApi();
        originalOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        api.close();
    }

    @Test
    void remoteSyncCallGoesThroughTheInvokeApi() throws IOException {
        api.thenAnswer(200, Map.of(), "{\"result\":true}");

        String response = invoke(handler("Guard"), GUARD_EVENT, "req-1");

        assertThat(response).isEqualTo("{\"result\":\"passed\"}");
        FakeInvokeApi.Received call = api.received.get(0);
        assertThat(call.path()).isEqualTo("/2015-03-31/functions/calc-Check/invocations");
        assertThat(call.query()).isEqualTo("Qualifier=v1");
        assertThat(call.invocationType()).isEqualTo("RequestResponse");
        assertThat(call.authorization()).isEqualTo("Bearer secret");
        assertThat(call.body()).isEqualTo("{\"fusionize\":{\"traceId\":\"req-1\",\"parentInvocationId\":\"req-1\","
                + "\"setupVersion\":1,\"callerTask\":\"Guard\",\"depth\":1},\"task\":\"Check\",\"payload\":" + GUARD_EVENT + "}");
    }

    @Test
    void everyInvocationPrintsOneRecordAndOnlyTheFirstIsCold() throws IOException {
        api.thenAnswer(200, Map.of(), "{\"result\":true}").thenAnswer(200, Map.of(), "{\"result\":true}");
        FusionHandler handler = handler("Guard");

        invoke(handler, GUARD_EVENT, "req-1");
        invoke(handler, GUARD_EVENT, "req-2");

        List<InvocationRecord> records = printedRecords();
        assertThat(records).extracting(InvocationRecord::invocationId).containsExactly("req-1", "req-2");
        assertThat(records).extracting(InvocationRecord::coldStart).containsExactly(true, false);
        assertThat(records.get(0).function()).isEqualTo("calc-Guard");
        assertThat(records.get(0).calls()).singleElement().satisfies(call -> {
            assertThat(call.local()).isFalse();
            assertThat(call.bytesOut()).isEqualTo(4);
        });
    }

    @Test
    void platformFunctionErrorReachesTheCallerWithThePlatformsType() throws IOException {
        api.thenAnswer(200, Map.of("X-Amz-Function-Error", "Unhandled"),
                "{\"errorType\":\"Sandbox.Timedout\",\"errorMessage\":\"Task timed out after 3.00 seconds\"}");

        String response = invoke(handler("Guard"), GUARD_EVENT, "req-1");

        assertThat(response).isEqualTo("{\"result\":\"Check|Sandbox.Timedout|Task timed out after 3.00 seconds\"}");
    }

    @Test
    void throttledCallIsRetried() throws IOException {
        api.thenAnswer(429, Map.of(), "{\"message\":\"Rate exceeded\"}").thenAnswer(429, Map.of(), "")
                .thenAnswer(200, Map.of(), "{\"result\":true}");

        assertThat(invoke(handler("Guard"), GUARD_EVENT, "req-1")).isEqualTo("{\"result\":\"passed\"}");
        assertThat(api.received).hasSize(3);
    }

    @Test
    void throttlingThatNeverEndsFailsTheCallWithTheThrottlingType() throws IOException {
        for (int i = 0; i < LambdaInvokeApiInvoker.MAX_ATTEMPTS; i++) {
            api.thenAnswer(429, Map.of(), "");
        }

        String response = invoke(handler("Guard"), GUARD_EVENT, "req-1");

        assertThat(response).startsWith("{\"result\":\"Check|TooManyRequestsException|invoking calc-Check answered 429");
    }

    @Test
    void asyncCallIsHandedOverAsAnEvent() throws IOException {
        api.thenAnswer(202, Map.of(), "");

        String response = invoke(handler("Audit"), GUARD_EVENT, "req-1");

        assertThat(response).isEqualTo("{\"result\":null}");
        assertThat(api.received).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/2015-03-31/functions/calc-Store/invocations");
            assertThat(call.invocationType()).isEqualTo("Event");
            assertThat(call.body()).contains("\"callerTask\":\"Audit\",\"async\":true,\"depth\":1}");
        });
    }

    @Test
    void asyncCallThePlatformKeepsRefusingFailsTheInvocationWithTheRefusal() throws IOException {
        for (int i = 0; i < LambdaInvokeApiInvoker.MAX_ATTEMPTS; i++) {
            api.thenAnswer(429, Map.of(), "");
        }

        String response = invoke(handler("Audit"), GUARD_EVENT, "req-1");

        assertThat(response).isEqualTo("{\"error\":{\"task\":\"Audit\",\"errorType\":\"TooManyRequestsException\","
                + "\"errorMessage\":\"async call from Audit to Store was not queued: invoking calc-Store answered 429\"}}");
        assertThat(printedRecords().get(0).calls()).singleElement()
                .satisfies(call -> assertThat(call.errorType()).isEqualTo("TooManyRequestsException"));
    }

    @Test
    void asyncEventWhoseTaskFailsIsAFunctionErrorSoThatThePlatformRetriesIt() {
        String asyncEvent = "{\"fusionize\":{\"traceId\":\"t\",\"parentInvocationId\":\"p\",\"setupVersion\":1,"
                + "\"callerTask\":\"Sum\",\"async\":true},\"task\":\"Check\",\"payload\":{\"values\":[-2]}}";

        assertThatThrownBy(() -> invoke(handler("Check"), asyncEvent, "req-1"))
                .isInstanceOfSatisfying(InvocationFailedException.class, failure -> {
                    assertThat(failure.errorType()).isEqualTo("java.lang.IllegalArgumentException");
                    assertThat(failure.errorMessage()).isEqualTo("negative number: -2");
                });
        assertThat(printedRecords()).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(record.errorType()).isEqualTo("java.lang.IllegalArgumentException");
        });
    }

    @Test
    void failingTaskIsAnOrdinaryErrorResponse() throws IOException {
        String response = invoke(handler("Check"), "{\"values\":[-2]}", "req-1");

        assertThat(response).isEqualTo("{\"error\":{\"task\":\"Check\",\"errorType\":"
                + "\"java.lang.IllegalArgumentException\",\"errorMessage\":\"negative number: -2\"}}");
    }

    @Test
    void missingEnvironmentIsReportedByName() {
        assertThatThrownBy(() -> new FusionHandler(Map.of("FUSIONIZE_APP", "calc"), loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("environment variable FUSIONIZE_ENTRY is not set");
    }

    private FusionHandler handler(String entry) {
        return new FusionHandler(Map.of("FUSIONIZE_APP", "calc", "FUSIONIZE_ENTRY", entry,
                "FUSIONIZE_INVOKE_URL", api.url().toString(), "FUSIONIZE_INVOKE_TOKEN", "secret"), loader);
    }

    private static String invoke(FusionHandler handler, String event, String requestId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new FakeContext(requestId));
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<InvocationRecord> printedRecords() {
        return stdout.toString(StandardCharsets.UTF_8).lines().map(RecordJson::fromLogLine)
                .flatMap(Optional::stream).toList();
    }
}
