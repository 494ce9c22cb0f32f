package io.fusionize.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Request;
import io.fusionize.api.TaskDefinition;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupValidator;
import io.fusionize.examples.DirectTaskContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SyntheticApplicationTests {

    private static final String SMALL = "synthetic:tasks=12,seed=5,async=0.3,cpu=0.1,payload=40";

    @Test
    void isTheSameForTheSameSeed() {
        Application first = SyntheticApplication.generate(SMALL);
        Application second = SyntheticApplication.generate(SMALL);

        assertThat(second.tasks().keySet()).containsExactlyElementsOf(first.tasks().keySet());
        assertThat(callGraph(second)).isEqualTo(callGraph(first));
        assertThat(run(second, 42)).isEqualTo(run(first, 42));
    }

    @Test
    void differsForAnotherSeed() {
        Application first = SyntheticApplication.generate(SMALL);
        Application other = SyntheticApplication.generate(SMALL.replace("seed=5", "seed=6"));

        assertThat(other.tasks().keySet()).containsExactlyElementsOf(first.tasks().keySet());
        assertThat(callGraph(other)).isNotEqualTo(callGraph(first));
        assertThat(run(other, 42)).isNotEqualTo(run(first, 42));
    }

    @Test
    void resultsFollowTheInput() {
        Application application = SyntheticApplication.generate(SMALL);

        SyntheticResult result = run(application, 42);

        assertThat(run(application, 43)).isNotEqualTo(result);
        assertThat(result.task()).isEqualTo("t0");
        assertThat(result.padding()).hasSize(40).matches("[a-z]+");
    }

    @Test
    void namesItsTasksInOrder() {
        Application application = SyntheticApplication.generate(SMALL);

        assertThat(application.name()).isEqualTo("synthetic_12_5_a0p3_c0p1_p40");
        assertThat(application.tasks().keySet())
                .containsExactlyElementsOf(IntStream.range(0, 12).mapToObj(i -> "t" + i).toList());
        assertThat(application.entryTasks()).containsExactly("t0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic:tasks=1,seed=1", "synthetic:tasks=40,seed=2,depth=1",
        "synthetic:tasks=40,seed=3,async=1", "synthetic:tasks=40,seed=4,async=0,depth=16",
        "synthetic:tasks=40,seed=5,entries=40", "synthetic:tasks=300,seed=6,entries=7,depth=3"})
    void everyShapeValidatesUnderTheGeneratedSetups(String spec) {
        Application application = SyntheticApplication.generate(spec);

        assertThat(SetupValidator.validate(SetupGenerators.allRemote(application), application)).isEmpty();
        assertThat(SetupValidator.validate(SetupGenerators.allLocal(application), application)).isEmpty();
    }

    @Test
    void keepsWithinTheDepthAndNearTheAsyncShare() {
        SyntheticGraph graph = SyntheticGraph.generate(SyntheticSpec.parse("synthetic:tasks=10000,seed=9,async=0.3,"
                + "depth=5"));

        assertThat(graph.tasks()).allMatch(task -> task.depth() <= 5);
        assertThat(graph.tasks()).anyMatch(task -> task.depth() == 5);
        List<SyntheticCall> calls = graph.tasks().stream().flatMap(task -> task.calls().stream()).toList();
        assertThat(calls).hasSize(9_999);
        assertThat((double) calls.stream().filter(call -> !call.sync()).count() / calls.size()).isBetween(0.28, 0.32);
    }

    @Test
    void drawsEachTasksWorkAroundTheMeans() {
        SyntheticGraph graph = SyntheticGraph.generate(SyntheticSpec.parse("synthetic:tasks=500,seed=9,cpu=4,wait=10,"
                + "memory=3,payload=7"));

        assertThat(graph.tasks()).allSatisfy(task -> {
            assertThat(task.cpuMs()).isBetween(2.0, 6.0);
            assertThat(task.waitMs()).isBetween(5L, 15L);
            assertThat(task.memoryMb()).isEqualTo(3);
            assertThat(task.payloadBytes()).isEqualTo(7);
        });
    }

    @Test
    void spreadsRequestsOverTheEntries() {
        Application application = SyntheticApplication.generate("synthetic:tasks=30,seed=1,entries=3");

        Random random = new Random(7);
        Map<String, Long> perEntry = IntStream.range(0, 3_000)
                .mapToObj(n -> application.requests().next(random))
                .collect(Collectors.groupingBy(Request::entry, Collectors.counting()));

        assertThat(application.entryTasks()).containsExactly("t0", "t1", "t2");
        assertThat(perEntry).containsOnlyKeys("t0", "t1", "t2").allSatisfy((entry, count) ->
                assertThat(count).isBetween(850L, 1_150L));
        assertThat(application.requests().next(new Random(1)).json()).matches("\\{\"seed\":\\d+}");
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000})
    void generatesLargeApplications(int tasks) {
        Application application = SyntheticApplication.generate(SyntheticSpec.of(tasks, 3));

        assertThat(application.tasks()).hasSize(tasks);
        assertThat(SetupGenerators.allRemote(application).functions()).hasSize(tasks);
    }

    @Test
    void isFoundByItsSpecAndByItsName() {
        Application bySpec = Applications.find("synthetic:tasks=8,seed=4,wait=2");
        Application byName = Applications.find("synthetic_8_4_w2");

        assertThat(bySpec.name()).isEqualTo("synthetic_8_4_w2");
        assertThat(callGraph(byName)).isEqualTo(callGraph(bySpec));
    }

    @Test
    void staysOutOfTheListOfApplicationsButShowsItsForm() {
        assertThat(Applications.all().keySet()).noneMatch(name -> name.startsWith("synthetic"));
        assertThatThrownBy(() -> Applications.find("nope"))
                .hasMessageContaining("synthetic:tasks=N,seed=S[,async=SHARE,depth=D,");
    }

    @Test
    void passesOnWhatIsWrongWithASpec() {
        assertThatThrownBy(() -> Applications.find("synthetic:tasks=5,x=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown parameter 'x' in synthetic:tasks=5,x=1; known: tasks, seed, ");
    }

    @Test
    void theProviderPublishesTheDefault() {
        assertThat(new SyntheticApplicationProvider().application().name()).isEqualTo("synthetic_10_1");
    }

    private static SyntheticResult run(Application application, long seed) {
        return DirectTaskContext.forEntry(application).runEntry(new SyntheticInput(seed), SyntheticResult.class);
    }

    private static Map<String, String> callGraph(Application application) {
        Map<String, String> graph = new LinkedHashMap<>();
        for (TaskDefinition task : application.tasks().values()) {
            Calls calls = task.calls();
            graph.put(task.name(), "sync " + calls.syncCallees() + " async " + calls.asyncCallees());
        }
        return graph;
    }
}
