package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.Functions;
import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.platform.support.TestCode;
import io.fusionize.platform.testfunctions.BrokenInitFunction;
import io.fusionize.platform.testfunctions.JsonFunction;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cold start, warm reuse, function errors and init errors, with real instance processes. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InstanceLifecycleTests {

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture();

    @Test
    void firstInvokeIsColdAndTheSecondReusesTheInstance() {
        fixture.create("lifecycle", 256, 10);

        InvokeResult first = fixture.invoke("lifecycle", Events.action("whoami"));
        InvokeResult second = fixture.invoke("lifecycle", Events.action("whoami"));

        InvocationReport cold = fixture.reportOf(first);
        InvocationReport warm = fixture.reportOf(second);
        System.out.printf("cold start: init %.1f ms, duration %.2f ms; warm duration %.2f ms%n",
                cold.initDurationMs(), cold.durationMs(), warm.durationMs());
        assertThat(cold.coldStart()).isTrue();
        assertThat(cold.initDurationMs()).isPositive();
        assertThat(cold.outcome()).isEqualTo("Success");
        assertThat(warm.coldStart()).isFalse();
        assertThat(warm.initDurationMs()).isZero();
        String pid = Events.pid(first.body());
        assertThat(Events.text(second.body())).contains("\"pid\":" + pid).contains("\"invocations\":2");
        assertThat(fixture.platform().liveInstances("lifecycle")).isEqualTo(1);
    }

    @Test
    void functionErrorIsUnhandledAndKeepsTheInstance() {
        fixture.create("failing", 256, 10);
        InvokeResult before = fixture.invoke("failing", Events.action("whoami"));

        InvokeResult failed = fixture.invoke("failing", Events.action("fail"));

        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.functionError()).isEqualTo("Unhandled");
        assertThat(Events.text(failed.body())).contains("\"errorType\":\"java.lang.IllegalStateException\"")
                .contains("bad input");
        InvocationReport report = fixture.reportOf(failed);
        assertThat(report.outcome()).isEqualTo("Unhandled");
        assertThat(report.errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(report.coldStart()).isFalse();
        InvokeResult after = fixture.invoke("failing", Events.action("whoami"));
        String pid = Events.pid(before.body());
        assertThat(Events.text(after.body())).contains("\"pid\":" + pid);
    }

    @Test
    void initErrorIsUnhandledWithTheCause() {
        fixture.create("broken", BrokenInitFunction.class.getName(), 256, 10);

        InvokeResult failed = fixture.invoke("broken", Events.action("echo"));

        assertThat(failed.functionError()).isEqualTo("Unhandled");
        assertThat(Events.text(failed.body())).contains("\"errorType\":\"java.lang.IllegalStateException\"")
                .contains("configuration missing");
        assertThat(fixture.reportOf(failed).coldStart()).isTrue();
    }

    @Test
    void logLinesReachListenersTaggedWithTheirRequestAndReportsReachTheFile() throws Exception {
        fixture.create("logging", 256, 10);
        List<String> tagged = new CopyOnWriteArrayList<>();
        fixture.platform().addLogListener((function, version, requestId, line) -> {
            if (function.equals("logging")) {
                tagged.add(requestId + "|" + version + "|" + line);
            }
        });

        InvokeResult first = fixture.invoke("logging", Events.action("echo"));
        InvokeResult second = fixture.invoke("logging", Events.action("echo"));

        assertThat(tagged).contains(first.requestId() + "|$LATEST|handling " + first.requestId(),
                second.requestId() + "|$LATEST|handling " + second.requestId());
        fixture.reportOf(second);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                Files.readString(fixture.platform().stateDir().resolve("reports.jsonl"))
                        .contains("\"requestId\":\"" + second.requestId() + "\""));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                Files.readString(fixture.platform().stateDir().resolve("logs/logging.log"))
                        .contains("REPORT RequestId: " + second.requestId()));
    }

    @Test
    void pojoHandlerIsBoundThroughTheJacksonInItsLib() throws Exception {
        Path jsonCode = TestCode.withJacksonLib(
                TestCode.directory(Files.createDirectories(fixture.directory().resolve("json"))));
        Functions.create(fixture.platform(), "json", jsonCode, JsonFunction.class.getName(), 256, 10);

        InvokeResult result = fixture.invoke("json", Events.bytes("{\"a\":1}"));

        assertThat(result.functionError()).isNull();
        assertThat(Events.text(result.body())).isEqualTo("{\"a\":1,\"function\":\"json\"}");
    }

    @Test
    void functionSeesItsEnvironmentAndReservedVariables() {
        fixture.create("env", 512, 10);

        assertThat(Events.text(fixture.invoke("env",
                Events.bytes("{\"action\":\"env\",\"name\":\"GREETING\"}")).body())).isEqualTo("\"hello\"");
        assertThat(Events.text(fixture.invoke("env",
                Events.bytes("{\"action\":\"env\",\"name\":\"AWS_LAMBDA_FUNCTION_MEMORY_SIZE\"}")).body()))
                .isEqualTo("\"512\"");
    }
}
