package io.fusionize.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fusionize.api.Application;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.runtime.testapp.FlakyApp;
import io.fusionize.core.runtime.testapp.FlakyApp.Work;
import io.fusionize.core.runtime.testapp.SlowApp;
import io.fusionize.core.runtime.testapp.SlowApp.Nap;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.protocol.fusion.InvocationRecord;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Timeouts and async retries look the same whether the callee runs inline or in another function. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocalRemoteSemanticsTests {

    private static final String TIMEOUT = "Task timed out after 0.20 seconds";

    static Stream<Arguments> setups() {
        Function<Application, Setup> allLocal = SetupGenerators::allLocal;
        Function<Application, Setup> allRemote = SetupGenerators::allRemote;
        return Stream.of(Arguments.of("all-local", allLocal), Arguments.of("all-remote", allRemote));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void calleeThatRunsOutOfTimeReachesItsCallerAsTheSameTimeout(String name, Function<Application, Setup> setup)
            throws InterruptedException {
        String label = "timeout-" + name;
        try (InProcessHarness harness = InProcessHarness.builder(SlowApp.application(),
                setup.apply(SlowApp.application())).timeout(Duration.ofMillis(200)).build()) {
            TaskFailedException failure = catchThrowableOfType(TaskFailedException.class,
                    () -> harness.invoke("Patient", new Nap(label, 10_000)));

            // remotely, Patient runs on a thread of its own, which may note what it caught after
            // the harness's wait for it ended
            awaitCaught(label);
            assertThat(SlowApp.CAUGHT).containsEntry(label, "Sleeper|Sandbox.Timedout|" + TIMEOUT);
            assertThat(failure.task()).isEqualTo("Patient");
            assertThat(failure.errorType()).isEqualTo("Sandbox.Timedout");
            assertThat(failure.errorMessage()).isEqualTo(TIMEOUT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void failedAsyncWorkIsRetriedUntilItSucceeds(String name, Function<Application, Setup> setup) {
        String label = "flaky-" + name;
        try (InProcessHarness harness = InProcessHarness.of(FlakyApp.application(), setup.apply(FlakyApp.application()))) {
            harness.invoke("Kick", new Work(label, 2));
            harness.awaitQuiescence();

            assertThat(FlakyApp.ATTEMPTS).containsEntry(label, 3);
            assertThat(FlakyApp.DONE).containsEntry(label, 3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void asyncWorkThatKeepsFailingRunsThreeTimesInAll(String name, Function<Application, Setup> setup) {
        String label = "hopeless-" + name;
        try (InProcessHarness harness = InProcessHarness.of(FlakyApp.application(), setup.apply(FlakyApp.application()))) {
            harness.invoke("Kick", new Work(label, 100));
            harness.awaitQuiescence();

            assertThat(FlakyApp.ATTEMPTS).containsEntry(label, 3);
            assertThat(FlakyApp.DONE).doesNotContainKey(label);
            InvocationRecord kick = harness.records().stream().filter(r -> r.entryTask().equals("Kick"))
                    .findFirst().orElseThrow();
            assertThat(kick.calls()).singleElement().satisfies(call -> assertThat(call.errorType())
                    .isEqualTo(name.equals("all-local") ? IllegalStateException.class.getName() : null));
        }
    }

    private static void awaitCaught(String label) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!SlowApp.CAUGHT.containsKey(label) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
