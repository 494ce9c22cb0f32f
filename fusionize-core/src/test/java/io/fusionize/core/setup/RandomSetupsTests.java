package io.fusionize.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RandomSetupsTests {

    private static final Task<Object, Object> NOTHING = (input, context) -> null;

    @Test
    void everyDrawIsValid() {
        for (Application application : new Application[] {CallGraphs.iot(), CallGraphs.tree(), cyclic()}) {
            LongStream.range(0, 500).forEach(seed -> assertThat(
                    SetupValidator.validate(SetupGenerators.random(application, seed), application))
                    .as(application.name() + " seed " + seed).isEmpty());
        }
    }

    @Test
    void oneSeedGivesOneSetup() {
        Application iot = CallGraphs.iot();

        assertThat(SetupGenerators.random(iot, 42)).isEqualTo(SetupGenerators.random(iot, 42));
        assertThat(SetupText.format(SetupGenerators.random(iot, 42)))
                .isEqualTo(SetupText.format(SetupGenerators.random(CallGraphs.iot(), 42)));
    }

    @Test
    void seedsGiveVariedInliningAndMemory() {
        Application iot = CallGraphs.iot();
        Set<String> texts = new HashSet<>();
        Set<Integer> memory = new HashSet<>();
        Set<Integer> functionCounts = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            Setup setup = SetupGenerators.random(iot, seed);
            texts.add(SetupText.format(setup));
            setup.functions().forEach(function -> memory.add(function.memoryMb()));
            functionCounts.add(setup.functions().size());
        }

        assertThat(texts).hasSizeGreaterThan(40);
        assertThat(memory).containsExactlyInAnyOrderElementsOf(SetupGenerators.RANDOM_MEMORY_SIZES_MB);
        assertThat(functionCounts).hasSizeGreaterThan(3);
    }

    @Test
    void functionsFollowTheApplicationsTaskOrderAndStartAtVersionOne() {
        Application iot = CallGraphs.iot();
        Setup setup = SetupGenerators.random(iot, 7);

        assertThat(setup.version()).isEqualTo(1);
        assertThat(setup.functions().get(0).entry()).isEqualTo("I");
        assertThat(setup.functions()).extracting(FunctionSpec::entry)
                .isSortedAccordingTo((a, b) -> indexOf(iot, a) - indexOf(iot, b));
    }

    @Test
    void anEntryCalledBackIsNeverInline() {
        Application cyclic = cyclic();
        for (long seed = 0; seed < 100; seed++) {
            FunctionSpec a = SetupGenerators.random(cyclic, seed).function("A").orElseThrow();
            assertThat(a.inlineSync()).doesNotContain("A");
            assertThat(a.inlineAsync()).doesNotContain("A");
        }
    }

    private static int indexOf(Application application, String task) {
        return application.tasks().keySet().stream().toList().indexOf(task);
    }

    private static Application cyclic() {
        return Application.builder("cyclic")
                .entry("A", NOTHING, Calls.sync("B"))
                .task("B", NOTHING, Calls.async("A").andSync("C"))
                .task("C", NOTHING, Calls.sync("B"))
                .build();
    }
}
