package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.dto.CreateFunctionRequest;
import io.fusionize.platform.dto.Environment;
import io.fusionize.platform.dto.FunctionCode;
import io.fusionize.platform.dto.InvocationReport;
import io.fusionize.platform.invoke.InvokeResult;
import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.Functions;
import io.fusionize.platform.support.Reports;
import io.fusionize.platform.support.TestCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeouts, crashes and out-of-memory: each is Unhandled with a clear cause, and a fresh instance follows. */
class FailureTests {

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
    void timeoutKillsTheInstanceAndTheNextRequestGetsAFreshOne() {
        Functions.create(platform, "slow", code, TestCode.HANDLER, 256, 1);
        String pid = pidOf(Functions.invoke(platform, "slow", Events.action("whoami")));

        InvokeResult timedOut = Functions.invoke(platform, "slow", Events.bytes("{\"action\":\"sleep\",\"ms\":5000}"));

        assertThat(timedOut.functionError()).isEqualTo("Unhandled");
        assertThat(Events.text(timedOut.body())).contains("\"errorType\":\"Sandbox.Timedout\"")
                .contains("Task timed out after 1.00 seconds");
        InvocationReport report = reports.of(timedOut.requestId());
        assertThat(report.durationMs()).isBetween(1000.0, 2500.0);
        assertFreshInstance("slow", pid);
    }

    @Test
    void crashNamesTheExitStatusAndTheNextRequestGetsAFreshOne() {
        Functions.create(platform, "crashing", code, TestCode.HANDLER, 256, 10);
        String pid = pidOf(Functions.invoke(platform, "crashing", Events.action("whoami")));

        InvokeResult crashed = Functions.invoke(platform, "crashing", Events.bytes("{\"action\":\"exit\",\"status\":7}"));

        assertThat(crashed.functionError()).isEqualTo("Unhandled");
        assertThat(Events.text(crashed.body())).contains("\"errorType\":\"Runtime.ExitError\"")
                .contains("Runtime exited with error: exit status 7");
        assertThat(reports.of(crashed.requestId()).errorType()).isEqualTo("Runtime.ExitError");
        assertFreshInstance("crashing", pid);
    }

    @Test
    void outOfMemoryNamesTheCauseAndTheNextRequestGetsAFreshOne() {
        Functions.create(platform, "hungry", code, TestCode.HANDLER, 256, 20);
        String pid = pidOf(Functions.invoke(platform, "hungry", Events.action("whoami")));

        InvokeResult exhausted = Functions.invoke(platform, "hungry", Events.action("oom"));

        assertThat(exhausted.functionError()).isEqualTo("Unhandled");
        assertThat(Events.text(exhausted.body())).contains("\"errorType\":\"Runtime.OutOfMemory\"")
                .containsPattern("OutOfMemoryError|memory limit");
        InvocationReport report = reports.of(exhausted.requestId());
        assertThat(report.maxMemoryUsedMb()).isEqualTo(256);
        assertFreshInstance("hungry", pid);
    }

    @Test
    void memoryBeyondTheLimitOutsideTheHeapIsKilledByTheKernel() {
        Assumptions.assumeTrue(platform.enforcement().memoryEnforced(), "memory limit not enforced here");
        // the function's own JVM option lifts the JVM's direct-memory cap, so only the cgroup stops it
        platform.functions().create(new CreateFunctionRequest("native", "java17", null, TestCode.HANDLER,
                new FunctionCode(null, null, null, code.toString()), null, 20, 256, false,
                new Environment(Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxDirectMemorySize=1g"))));

        InvokeResult killed = Functions.invoke(platform, "native", Events.bytes("{\"action\":\"native\",\"mb\":400}"));

        assertThat(killed.functionError()).isEqualTo("Unhandled");
        assertThat(Events.text(killed.body())).contains("\"errorType\":\"Runtime.OutOfMemory\"")
                .contains("256 MB memory limit");
        assertThat(reports.of(killed.requestId()).maxMemoryUsedMb()).isEqualTo(256);
    }

    @Test
    void responseOverSixMegabytesIsAFunctionError() {
        Functions.create(platform, "verbose", code, TestCode.HANDLER, 512, 20);

        InvokeResult tooBig = Functions.invoke(platform, "verbose", Events.bytes("{\"action\":\"big\",\"bytes\":"
                + (PlatformConstants.MAX_SYNC_PAYLOAD_BYTES + 10) + "}"));

        assertThat(tooBig.functionError()).isEqualTo("Unhandled");
        assertThat(Events.text(tooBig.body())).contains("\"errorType\":\"Function.ResponseSizeTooLarge\"")
                .contains("exceeded maximum allowed payload size (6291456 bytes)");
        assertThat(Functions.invoke(platform, "verbose", Events.action("whoami")).functionError()).isNull();
    }

    private void assertFreshInstance(String function, String oldPid) {
        InvokeResult next = Functions.invoke(platform, function, Events.action("whoami"));
        assertThat(next.functionError()).isNull();
        assertThat(pidOf(next)).isNotEqualTo(oldPid);
        assertThat(Events.text(next.body())).contains("\"invocations\":1");
        assertThat(reports.of(next.requestId()).coldStart()).isTrue();
    }

    private static String pidOf(InvokeResult result) {
        return Events.text(result.body()).replaceAll(".*\"pid\":(\\d+).*", "$1");
    }
}
