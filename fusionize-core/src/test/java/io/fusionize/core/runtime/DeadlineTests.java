package io.fusionize.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fusionize.core.record.InMemoryRecordSink;
import io.fusionize.core.runtime.testapp.SlowApp;
import io.fusionize.core.runtime.testapp.SlowApp.Nap;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** No call outlives its invocation's deadline, and running out of time ends the invocation as a timeout. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeadlineTests {

    private static final Duration LIMIT = Duration.ofMillis(150);
    private static final String TIMEOUT = "Task timed out after 0.15 seconds";
    /** How long a sleeping callee takes, far past the deadline. */
    private static final long NAP_MS = 10_000;

    private final InMemoryRecordSink records = new InMemoryRecordSink();
    private FusionRuntime runtime;

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void inlineSyncCallEndsAtTheDeadlineWithLambdasTimeoutError() {
        long start = System.nanoTime();
        InvocationFailedException failure = invokeFailing("Patient", new Nap("sync-inline", NAP_MS));

        assertEndedAtTheDeadline(start);
        assertThat(SlowApp.CAUGHT).containsEntry("sync-inline", "Sleeper|Sandbox.Timedout|" + TIMEOUT);
        assertThat(failure.errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(failure.errorMessage()).isEqualTo(TIMEOUT);
    }

    @Test
    void concurrentCallsFutureFailsAtTheDeadline() {
        long start = System.nanoTime();
        invokeFailing("Gatherer", new Nap("concurrent-inline", NAP_MS));

        assertEndedAtTheDeadline(start);
        assertThat(SlowApp.CAUGHT).containsEntry("concurrent-inline", "Sleeper|Sandbox.Timedout|" + TIMEOUT);
    }

    @Test
    void resultOfACpuBoundCalleeThatOverranIsLost() {
        // the spinner ends 50 ms after the deadline has passed, however slowly it runs
        invokeFailing("Stubborn", new Nap("cpu-inline", 50));

        assertThat(SlowApp.CAUGHT).containsEntry("cpu-inline", "Spinner|Sandbox.Timedout|" + TIMEOUT);
    }

    @Test
    void inlineAsyncWorkCannotKeepTheInvocationPastItsDeadline() {
        long start = System.nanoTime();
        InvocationFailedException failure = invokeFailing("Sender", new Nap("async-inline", NAP_MS));

        assertEndedAtTheDeadline(start);
        assertThat(failure.errorType()).isEqualTo("Sandbox.Timedout");
    }

    @Test
    void timedOutInvocationIsRecordedAsATimeoutWithItsLateCall() {
        invokeFailing("Patient", new Nap("recorded", 10_000));

        InvocationRecord record = records.records().get(0);
        assertThat(record.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(record.errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(record.errorMessage()).isEqualTo(TIMEOUT);
        assertThat(record.calls()).extracting(CallRecord::callee, CallRecord::errorType)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Sleeper", "Sandbox.Timedout"));
    }

    @Test
    void invocationThatEndsInTimeAnswersNormally() {
        byte[] response = invoke("Patient", new Nap("in-time", 1), Duration.ofSeconds(30));

        assertThat(new String(response)).isEqualTo("{\"result\":\"rested\"}");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void threadIsNotLeftInterruptedByAnInvocationThatTimedOut() {
        invokeFailing("Patient", new Nap("clean-thread", 10_000));

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void runtimeWithAGraceLeavesTheDeadlineToThePlatformUntilTheGraceIsOver() {
        runtime = FusionRuntime.builder().application(SlowApp.application())
                .setup(SetupGenerators.allLocal(SlowApp.application())).function("Patient")
                .deadlineGrace(Duration.ofSeconds(5)).build();

        byte[] response = runtime.handle(WireCodec.write(new Nap("graced", 300)),
                InvocationRequest.withTimeout("inv-graced", LIMIT));

        assertThat(new String(response)).isEqualTo("{\"result\":\"rested\"}");
    }

    @Test
    void negativeGraceIsRefused() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> FusionRuntime.builder().deadlineGrace(Duration.ofMillis(-1))))
                .hasMessage("deadline grace must not be negative, not PT-0.001S");
    }

    private InvocationFailedException invokeFailing(String entry, Nap nap) {
        return catchThrowableOfType(InvocationFailedException.class, () -> invoke(entry, nap, LIMIT));
    }

    private byte[] invoke(String entry, Nap nap, Duration limit) {
        runtime = FusionRuntime.builder().application(SlowApp.application())
                .setup(SetupGenerators.allLocal(SlowApp.application())).function(entry).recordSink(records).build();
        return runtime.handle(WireCodec.write(nap), InvocationRequest.withTimeout("inv-" + nap.label(), limit));
    }

    /**
     * The invocation ended no earlier than its deadline (counted in whole milliseconds, so up to one
     * early) and before its callee's nap would have: the upper bound leaves a busy machine 65 times
     * the deadline.
     */
    private static void assertEndedAtTheDeadline(long startNanos) {
        assertThat((System.nanoTime() - startNanos) / 1_000_000).isGreaterThanOrEqualTo(LIMIT.toMillis() - 1)
                .isLessThan(NAP_MS);
    }
}
