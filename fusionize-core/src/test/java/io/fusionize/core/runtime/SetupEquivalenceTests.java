package io.fusionize.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.runtime.testapp.CalcApp;
import io.fusionize.core.runtime.testapp.CalcApp.Job;
import io.fusionize.core.runtime.testapp.CalcApp.Numbers;
import io.fusionize.core.setup.Setup;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same application gives the same answers, and the same errors, under every setup. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SetupEquivalenceTests {

    static Stream<Arguments> setups() {
        return Stream.of(Arguments.of("all-remote", CalcApp.allRemote()),
                Arguments.of("all-local", CalcApp.allLocal()),
                Arguments.of("mixed", CalcApp.mixed()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void resultIsTheSameUnderEverySetup(String name, Setup setup) {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), setup)) {
            JsonNode result = harness.invoke("Start", new Job("same-" + name, List.of(1, 2, 3)));

            assertThat(result.toString()).isEqualTo(
                    "{\"label\":\"same-" + name + "\",\"sum\":6,\"squares\":[1,4,9],\"inputUntouched\":true}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void failingCalleeReachesItsCallerWithItsOwnTypeAndMessage(String name, Setup setup) {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), setup)) {
            JsonNode seen = harness.invoke("Guard", new Numbers("guard", List.of(4, -3)));

            assertThat(seen.asText()).isEqualTo("Check|java.lang.IllegalArgumentException|negative number: -3");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void uncaughtFailurePropagatesAlongTheChainIdentically(String name, Setup setup) {
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), setup)) {
            TaskFailedException failure = catchThrowableOfType(TaskFailedException.class,
                    () -> harness.invoke("Start", new Job("bad", List.of(-7))));

            assertThat(failure.task()).isEqualTo("Start");
            assertThat(failure.errorType()).isEqualTo(TaskFailedException.class.getName());
            assertThat(failure.errorMessage()).isEqualTo("Sum failed with " + TaskFailedException.class.getName()
                    + ": Check failed with java.lang.IllegalArgumentException: negative number: -7");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void asyncWorkCompletesUnderEverySetup(String name, Setup setup) {
        String label = "async-" + name;
        try (InProcessHarness harness = InProcessHarness.of(CalcApp.application(), setup)) {
            harness.invoke("Start", new Job(label, List.of(5)));
            harness.awaitQuiescence();

            assertThat(CalcApp.STORED).containsEntry(label, 1);
        }
    }
}
