package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.dto.InvocationReport;
import io.fusionize.platform.invoke.InvokeResult;
import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.Functions;
import io.fusionize.platform.support.Reports;
import io.fusionize.platform.support.TestCode;
import io.fusionize.platform.testfunctions.BrokenInitFunction;
import io.fusionize.platform.testfunctions.JsonFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cold start, warm reuse, function errors and init errors, with real instance processes. */
class InstanceLifecycleTests {

    @TempDir
    static Path dir;
    static LocalPlatform platform;
    static Reports reports = new Reports();
    static Path code;

    @BeforeAll
    static void start() throws Exception {
        platform = LocalPlatform.builder().stateDir(dir.resolve("state")).port(0).build().start();
        platform.addReportListener(reports);
        code = TestCode.directory(Files.createDirectories(dir.resolve("code")));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void firstInvokeIsColdAndTheSecondReusesTheInstance() {
        Functions.create(platform, "lifecycle", code, TestCode.HANDLER, 256, 10);

        InvokeResult first = Functions.invoke(platform, "lifecycle", Events.action("whoami"));
        InvokeResult second = Functions.invoke(platform, "lifecycle", Events.action("whoami"));

        InvocationReport cold = reports.of(first.requestId());
        InvocationReport warm = reports.of(second.requestId());
        System.out.printf("cold start: init %.1f ms, duration %.2f ms; warm duration %.2f ms%n",
                cold.initDurationMs(), cold.durationMs(), warm.durationMs());
        assertThat(cold.coldStart()).isTrue();
        assertThat(cold.initDurationMs()).isPositive();
        assertThat(cold.outcome()).isEqualTo("Success");
        assertThat(warm.coldStart()).isFalse();
        assertThat(warm.initDurationMs()).isZero();
        String pid = Events.text(first.body()).replaceAll(".*\"pid\":(\\d+).*", "$1");
        assertThat(Events.text(second.body())).contains("\"pid\":" + pid).contains("\"invocations\":2");
        assertThat(platform.liveInstances("lifecycle")).isEqualTo(1);
    }

    @Test
    void functionErrorIsUnhandledAndKeepsTheInstance() {
        Functions.create(platform, "failing", code, TestCode.HANDLER, 256, 10);
        InvokeResult before = Functions.invoke(platform, "failing", Events.action("whoami"));

        InvokeResult failed = Functions.invoke(platform, "failing", Events.action("fail"));

        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.functionError()).isEqualTo("Unhandled");
        assertThat(Events.text(failed.body())).contains("\"errorType\":\"java.lang.IllegalStateException\"")
                .contains("bad input");
        InvocationReport report = reports.of(failed.requestId());
        assertThat(report.outcome()).isEqualTo("Unhandled");
        assertThat(report.errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(report.coldStart()).isFalse();
        InvokeResult after = Functions.invoke(platform, "failing", Events.action("whoami"));
        String pid = Events.text(before.body()).replaceAll(".*\"pid\":(\\d+).*", "$1");
        assertThat(Events.text(after.body())).contains("\"pid\":" + pid);
    }

    @Test
    void initErrorIsUnhandledWithTheCause() {
        Functions.create(platform, "broken", code, BrokenInitFunction.class.getName(), 256, 10);

        InvokeResult failed = Functions.invoke(platform, "broken", Events.action("echo"));

        assertThat(failed.functionError()).isEqualTo("Unhandled");
        assertThat(Events.text(failed.body())).contains("\"errorType\":\"java.lang.IllegalStateException\"")
                .contains("configuration missing");
        assertThat(reports.of(failed.requestId()).coldStart()).isTrue();
    }

    @Test
    void logLinesReachListenersTaggedWithTheirRequestAndReportsReachTheFile() throws Exception {
        Functions.create(platform, "logging", code, TestCode.HANDLER, 256, 10);
        List<String> tagged = new CopyOnWriteArrayList<>();
        platform.addLogListener((function, version, requestId, line) -> {
            if (function.equals("logging")) {
                tagged.add(requestId + "|" + version + "|" + line);
            }
        });

        InvokeResult first = Functions.invoke(platform, "logging", Events.action("echo"));
        InvokeResult second = Functions.invoke(platform, "logging", Events.action("echo"));

        assertThat(tagged).contains(first.requestId() + "|$LATEST|handling " + first.requestId(),
                second.requestId() + "|$LATEST|handling " + second.requestId());
        reports.of(second.requestId());
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                Files.readString(platform.stateDir().resolve("reports.jsonl"))
                        .contains("\"requestId\":\"" + second.requestId() + "\""));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                Files.readString(platform.stateDir().resolve("logs/logging.log"))
                        .contains("REPORT RequestId: " + second.requestId()));
    }

    @Test
    void pojoHandlerIsBoundThroughTheJacksonInItsLib() throws Exception {
        Path jsonCode = TestCode.withJacksonLib(TestCode.directory(Files.createDirectories(dir.resolve("json"))));
        Functions.create(platform, "json", jsonCode, JsonFunction.class.getName(), 256, 10);

        InvokeResult result = Functions.invoke(platform, "json", Events.bytes("{\"a\":1}"));

        assertThat(result.functionError()).isNull();
        assertThat(Events.text(result.body())).isEqualTo("{\"a\":1,\"function\":\"json\"}");
    }

    @Test
    void functionSeesItsEnvironmentAndReservedVariables() {
        Functions.create(platform, "env", code, TestCode.HANDLER, 512, 10);

        assertThat(Events.text(Functions.invoke(platform, "env",
                Events.bytes("{\"action\":\"env\",\"name\":\"GREETING\"}")).body())).isEqualTo("\"hello\"");
        assertThat(Events.text(Functions.invoke(platform, "env",
                Events.bytes("{\"action\":\"env\",\"name\":\"AWS_LAMBDA_FUNCTION_MEMORY_SIZE\"}")).body()))
                .isEqualTo("\"512\"");
    }
}
