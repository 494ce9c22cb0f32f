package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.internal.dto.CreateFunctionRequest;
import io.fusionize.platform.internal.dto.Environment;
import io.fusionize.platform.internal.dto.FunctionCode;
import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.PlatformFixture;
import io.fusionize.platform.support.TestCode;
import io.fusionize.protocol.lambda.LambdaLimits;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timeouts, crashes and out-of-memory: each is Unhandled with a clear cause, and a fresh instance follows. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class FailureTests {

    /** How long the function would sleep if its 1 s timeout did not stop it. */
    private static final long SLEEP_MS = 30_000;
    /**
     * The timeout of functions that fail in other ways: a crash, running out of memory or a too
     * large answer must end them, however slowly a busy machine runs a 256 MB instance.
     */
    private static final int PATIENT_TIMEOUT_S = 60;

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture();

    @Test
    void timeoutKillsTheInstanceAndTheNextRequestGetsAFreshOne() {
        byte[] oversleeping = Events.bytes("{\"action\":\"sleep\",\"ms\":" + SLEEP_MS + "}");
        failureReplacesTheInstance("slow", 1, oversleeping, timedOut -> {
            assertUnhandled(timedOut, "Sandbox.Timedout").contains("Task timed out after 1.00 seconds");
            // billed up to the timeout, which came no earlier than its limit and well before the sleep's end
            assertThat(fixture.reportOf(timedOut).durationMs()).isGreaterThanOrEqualTo(1000.0).isLessThan(SLEEP_MS);
        });
    }

    @Test
    void crashNamesTheExitStatusAndTheNextRequestGetsAFreshOne() {
        byte[] exiting = Events.bytes("{\"action\":\"exit\",\"status\":7}");
        failureReplacesTheInstance("crashing", PATIENT_TIMEOUT_S, exiting, crashed -> {
            assertUnhandled(crashed, "Runtime.ExitError").contains("Runtime exited with error: exit status 7");
            assertThat(fixture.reportOf(crashed).errorType()).isEqualTo("Runtime.ExitError");
        });
    }

    @Test
    void outOfMemoryNamesTheCauseAndTheNextRequestGetsAFreshOne() {
        failureReplacesTheInstance("hungry", PATIENT_TIMEOUT_S, Events.action("oom"), exhausted -> {
            assertUnhandled(exhausted, "Runtime.OutOfMemory").containsPattern("OutOfMemoryError|memory limit");
            assertThat(fixture.reportOf(exhausted).maxMemoryUsedMb()).isEqualTo(256);
        });
    }

    @Test
    void memoryBeyondTheLimitOutsideTheHeapIsKilledByTheKernel() {
        LocalPlatform platform = fixture.platform();
        Assumptions.assumeTrue(platform.enforcement().memoryEnforced(), "memory limit not enforced here");
        // the function's own JVM option lifts the JVM's direct-memory cap, so only the cgroup stops it
        platform.functions().create(new CreateFunctionRequest("native", "java17", null, TestCode.HANDLER,
                new FunctionCode(null, null, null, fixture.code().toString()), null, PATIENT_TIMEOUT_S, 256, false,
                new Environment(Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxDirectMemorySize=1g"))));

        InvokeResult killed = fixture.invoke("native", Events.bytes("{\"action\":\"native\",\"mb\":400}"));

        assertUnhandled(killed, "Runtime.OutOfMemory").contains("256 MB memory limit");
        assertThat(fixture.reportOf(killed).maxMemoryUsedMb()).isEqualTo(256);
    }

    @Test
    void responseOverSixMegabytesIsAFunctionError() {
        fixture.create("verbose", 512, PATIENT_TIMEOUT_S);

        InvokeResult tooBig = fixture.invoke("verbose", Events.bytes("{\"action\":\"big\",\"bytes\":"
                + (LambdaLimits.MAX_SYNC_PAYLOAD_BYTES + 10) + "}"));

        assertUnhandled(tooBig, "Function.ResponseSizeTooLarge")
                .contains("exceeded maximum allowed payload size (6291456 bytes)");
        assertThat(fixture.invoke("verbose", Events.action("whoami")).functionError()).isNull();
    }

    /**
     * Creates a 256 MB function, warms an instance, sends it the failing event, checks the answer
     * and then that the next request runs on a fresh instance.
     */
    private static void failureReplacesTheInstance(String function, int timeoutSeconds, byte[] failingEvent,
            Consumer<InvokeResult> checkFailure) {
        fixture.create(function, 256, timeoutSeconds);
        String pid = Events.pid(fixture.invoke(function, Events.action("whoami")).body());

        checkFailure.accept(fixture.invoke(function, failingEvent));

        InvokeResult next = fixture.invoke(function, Events.action("whoami"));
        assertThat(next.functionError()).isNull();
        assertThat(Events.pid(next.body())).isNotEqualTo(pid);
        assertThat(Events.text(next.body())).contains("\"invocations\":1");
        assertThat(fixture.reportOf(next).coldStart()).isTrue();
    }

    /** @return an assertion on the error JSON, which is asserted to name the error type */
    private static AbstractStringAssert<?> assertUnhandled(InvokeResult result, String errorType) {
        assertThat(result.functionError()).isEqualTo("Unhandled");
        return assertThat(Events.text(result.body())).contains("\"errorType\":\"" + errorType + "\"");
    }
}
