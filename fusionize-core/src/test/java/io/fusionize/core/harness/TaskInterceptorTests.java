package io.fusionize.core.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Request;
import io.fusionize.api.Task;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.runtime.testapp.CalcApp;
import io.fusionize.core.runtime.testapp.CalcApp.Job;
import io.fusionize.core.runtime.testapp.CalcApp.Numbers;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TaskInterceptorTests {

    static Stream<Setup> setups() {
        return Stream.of(CalcApp.allRemote(), CalcApp.allLocal(), CalcApp.mixed());
    }

    @ParameterizedTest
    @MethodSource("setups")
    void seesEveryExecutionWithItsBoundInputAndLeavesResultsAlone(Setup setup) {
        Map<String, String> inputs = new ConcurrentHashMap<>();
        TaskInterceptor watching = (task, input, context, proceed) -> {
            inputs.put(task, input.getClass().getSimpleName());
            return proceed.run(input, context);
        };
        try (InProcessHarness harness = InProcessHarness.builder(CalcApp.application(), setup)
                .interceptor(watching).build()) {
            JsonNode result = harness.invoke("Start", new Job("watched-" + setup.functions().size(), List.of(2)));
            harness.awaitQuiescence();

            assertThat(result.get("sum").asInt()).isEqualTo(2);
            assertThat(inputs).containsEntry("Start", "Job").containsEntry("Sum", "Numbers")
                    .containsEntry("Check", "ObjectNode").containsEntry("Square", "Value")
                    .containsEntry("Mutate", "ArrayList").containsKeys("Audit", "Store");
        }
    }

    @ParameterizedTest
    @MethodSource("setups")
    void aFailureItThrowsReachesTheCallerAsTheTasks(Setup setup) {
        TaskInterceptor failCheck = (task, input, context, proceed) -> {
            if (task.equals("Check")) {
                throw new IllegalStateException("check is down");
            }
            return proceed.run(input, context);
        };
        try (InProcessHarness harness = InProcessHarness.builder(CalcApp.application(), setup)
                .interceptor(failCheck).build()) {
            JsonNode seen = harness.invoke("Guard", new Numbers("guard", List.of(1)));

            assertThat(seen.asText()).isEqualTo("Check|java.lang.IllegalStateException|check is down");
        }
    }

    @ParameterizedTest
    @MethodSource("setups")
    void aTaskHeldPastItsDeadlineTimesTheRequestOut(Setup setup) {
        TaskInterceptor overrun = (task, input, context, proceed) -> {
            if (task.equals("Check")) {
                // the deadline interrupts this sleep; the margin only bounds a runtime that would not
                Thread.sleep(context.remainingTimeMillis() + 10_000);
            }
            return proceed.run(input, context);
        };
        try (InProcessHarness harness = InProcessHarness.builder(CalcApp.application(), setup)
                .interceptor(overrun).timeout(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> harness.invoke("Guard", new Numbers("late", List.of(1))))
                    .isInstanceOfSatisfying(TaskFailedException.class, failure -> {
                        assertThat(failure.task()).isEqualTo("Guard");
                        assertThat(failure.errorType()).isEqualTo(LambdaErrors.TIMEOUT);
                    });
        }
    }

    @Test
    void theApplicationItselfIsLeftAsItIs() {
        Application calc = CalcApp.application();
        try (InProcessHarness harness = InProcessHarness.builder(calc, CalcApp.allLocal())
                .interceptor((task, input, context, proceed) -> proceed.run(input, context)).build()) {
            assertThat(harness.application()).isSameAs(calc);
            assertThat(harness.invoke("Guard", new Numbers("plain", List.of(1))).asText()).isEqualTo("passed");
        }
    }

    @Test
    void aLambdaWithoutAnInputTypeCannotBeIntercepted() {
        Task<Object, Object> nothing = (input, context) -> null;
        Application untyped = Application.builder("untyped").entry("A", nothing, Calls.none()).build();
        InProcessHarness.Builder builder = InProcessHarness.builder(untyped, SetupGenerators.allRemote(untyped))
                .interceptor((task, input, context, proceed) -> proceed.run(input, context));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot intercept task A: its input type cannot be read from")
                .hasMessageEndingWith("; register it with an explicit input type");
    }

    @Test
    void entriesAndOwnRequestsSurviveInterception() {
        Application typed = Application.builder("typed")
                .entry("A", JsonNode.class, (input, context) -> input, Calls.none())
                .task("B", JsonNode.class, (input, context) -> input, Calls.none())
                .requests(random -> new Request("A", "{}"))
                .build();

        Application intercepted = InterceptedApplication.of(typed, (task, input, context, proceed) -> null);

        assertThat(intercepted.name()).isEqualTo("typed");
        assertThat(intercepted.entryTasks()).containsExactly("A");
        assertThat(intercepted.tasks()).containsOnlyKeys("A", "B");
        assertThat(intercepted.hasOwnRequests()).isTrue();
        assertThat(intercepted.tasks().get("B").inputType()).isEqualTo(JsonNode.class);
    }
}
