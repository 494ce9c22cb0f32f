package io.fusionize.core.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.record.InMemoryRecordSink;
import io.fusionize.core.runtime.testapp.CalcApp;
import io.fusionize.core.runtime.testapp.FlakyApp;
import io.fusionize.core.runtime.testapp.FlakyApp.Work;
import io.fusionize.core.runtime.testapp.SlowApp;
import io.fusionize.core.runtime.testapp.SlowApp.Nap;
import io.fusionize.core.runtime.testapp.CalcApp.Job;
import io.fusionize.core.runtime.testapp.CalcApp.Report;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.protocol.fusion.InvocationRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InProcessHarnessTests {

    @Test
    void awaitQuiescenceWaitsForRemoteAsyncWork() {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), CalcApp.allRemote())) {
            harness.invoke("Start", new Job("quiet", List.of(1, 2, 3)));
            harness.awaitQuiescence();

            assertThat(CalcApp.STORED).containsEntry("quiet", 1);
            assertThat(harness.records()).hasSize(9);
        }
    }

    @Test
    void resultCanBeBoundToAType() {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), CalcApp.mixed())) {
            Report report = harness.invoke("Start", new Job("typed", List.of(3)), Report.class);

            assertThat(report).isEqualTo(new Report("typed", 3, List.of(9), true));
        }
    }

    @Test
    void seededInvocationAddsTheSeedToTheInput() {
        Application app = Application.builder("seeds").entry("Echo", new Echo(), Calls.none()).build();
        try (InProcessHarness harness = InProcessHarness.of(app, SetupGenerators.allRemote(app))) {
            assertThat(harness.invokeSeeded("Echo", Map.of("n", 1), 42).toString()).isEqualTo("{\"n\":1,\"seed\":42}");
            assertThat(harness.invokeSeeded("Echo", null, 7).toString()).isEqualTo("{\"seed\":7}");
            assertThatThrownBy(() -> harness.invokeSeeded("Echo", List.of(1), 7))
                    .hasMessage("a seeded input must be a JSON object, not ARRAY");
        }
    }

    @Test
    void failingEntryTaskThrowsItsError() {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), CalcApp.allRemote())) {
            assertThatThrownBy(() -> harness.invoke("Check", Map.of("values", List.of(-1))))
                    .isInstanceOfSatisfying(TaskFailedException.class, failure -> {
                        assertThat(failure.task()).isEqualTo("Check");
                        assertThat(failure.errorType()).isEqualTo(IllegalArgumentException.class.getName());
                        assertThat(failure.errorMessage()).isEqualTo("negative number: -1");
                    });
        }
    }

    @Test
    void taskWithoutAFunctionCannotBeInvoked() {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), CalcApp.allLocal())) {
            assertThatThrownBy(() -> harness.invoke("Sum", Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("setup v1 has no function with entry task Sum; functions: [calc-Start, calc-Guard]");
        }
    }

    @Test
    void setupOfAnotherApplicationIsRefused() {
        Application other = Application.builder("other").entry("Echo", new Echo(), Calls.none()).build();

        assertThatThrownBy(() -> InProcessHarness.of(other, CalcApp.allLocal()))
                .hasMessage("setup is for application calc, not other");
    }

    @Test
    void extraSinkSeesEveryRecordAndClearingForgetsThem() {
        InMemoryRecordSink extra = new InMemoryRecordSink();
        try (InProcessHarness harness = InProcessHarness.builder(CalcApp.application(), CalcApp.allLocal())
                .recordSink(extra).build()) {
            harness.invoke("Guard", Map.of("values", List.of(1)));
            harness.clearRecords();
            harness.invoke("Guard", Map.of("values", List.of(2)));

            assertThat(harness.records()).hasSize(1);
            assertThat(extra.records()).extracting(InvocationRecord::entryTask).containsExactly("Guard", "Guard");
        }
    }

    @Test
    void callerStopsWaitingWhenTheCalleeRunsOutOfTimeEvenIfItCannotBeStopped() throws InterruptedException {
        try (InProcessHarness harness = InProcessHarness.builder(SlowApp.application(),
                SetupGenerators.allRemote(SlowApp.application())).timeout(Duration.ofMillis(100)).build()) {
            long start = System.nanoTime();

            // the spinner runs until released, at most a minute: only the timeout can end the caller's wait
            try {
                assertThatThrownBy(() -> harness.invoke("Spinner", new Nap("unstoppable", 60_000)))
                        .isInstanceOfSatisfying(TaskFailedException.class, failure -> {
                            assertThat(failure.errorType()).isEqualTo("Sandbox.Timedout");
                            assertThat(failure.errorMessage()).isEqualTo("Task timed out after 0.10 seconds");
                        });
                assertThat(SlowApp.SPUN).as("the callee still runs when its caller moves on")
                        .doesNotContain("unstoppable");
                assertThat((System.nanoTime() - start) / 1_000_000).as("the caller waited the timeout")
                        .isGreaterThanOrEqualTo(100);
            } finally {
                SlowApp.RELEASED.add("unstoppable");
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!SlowApp.SPUN.contains("unstoppable") && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(SlowApp.SPUN).as("the released callee ended").contains("unstoppable");
        }
    }

    @Test
    void awaitQuiescenceWaitsForACalleeItsCallerStoppedWaitingFor() {
        try (InProcessHarness harness = InProcessHarness.builder(SlowApp.application(),
                SetupGenerators.allRemote(SlowApp.application())).timeout(Duration.ofMillis(200)).build()) {
            assertThatThrownBy(() -> harness.invoke("Patient", new Nap("abandoned", 60_000)))
                    .isInstanceOf(TaskFailedException.class);
            harness.awaitQuiescence(Duration.ofSeconds(60));

            // the sleeper's own deadline ends it; its record is in once the harness is quiet
            assertThat(harness.records()).extracting(InvocationRecord::entryTask)
                    .containsExactlyInAnyOrder("Patient", "Sleeper");
            assertThat(harness.records()).allSatisfy(record ->
                    assertThat(record.errorType()).isEqualTo("Sandbox.Timedout"));
        }
    }

    @Test
    void asyncRetriesCanBeTurnedOff() {
        try (InProcessHarness harness = InProcessHarness.builder(FlakyApp.application(),
                SetupGenerators.allRemote(FlakyApp.application())).asyncRetries(0, Duration.ZERO).build()) {
            harness.invoke("Kick", new Work("no-retries", 5));
            harness.awaitQuiescence();

            assertThat(FlakyApp.ATTEMPTS).containsEntry("no-retries", 1);
        }
    }

    @Test
    void asyncRetriesBeyondLambdasLimitAreRefused() {
        InProcessHarness.Builder builder = InProcessHarness.builder(FlakyApp.application(),
                SetupGenerators.allRemote(FlakyApp.application()));

        assertThatThrownBy(() -> builder.asyncRetries(3, Duration.ZERO))
                .hasMessage("async retries must be between 0 and 2, not 3");
        assertThatThrownBy(() -> builder.asyncRetries(1, Duration.ofMillis(-1)))
                .hasMessage("async retry backoff must not be negative, not PT-0.001S");
    }

    static final class Echo implements Task<JsonNode, JsonNode> {
        @Override
        public JsonNode run(JsonNode input, TaskContext context) {
            return input;
        }
    }
}
