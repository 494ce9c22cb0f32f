package io.fusionize.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SetupGeneratorsTests {

    private final Application iot = CallGraphs.iot();

    @Test
    void allRemoteGivesEveryTaskItsOwnFunction() {
        Setup setup = SetupGenerators.allRemote(iot);

        assertThat(setup.application()).isEqualTo("iot");
        assertThat(setup.version()).isEqualTo(1);
        assertThat(setup.functions()).extracting(FunctionSpec::entry)
                .containsExactly("I", "CW", "SE", "CT", "CS", "CSL", "CSA", "CA", "DJ", "AS");
        assertThat(setup.functions()).allSatisfy(function -> {
            assertThat(function.memoryMb()).isEqualTo(SetupGenerators.DEFAULT_MEMORY_MB);
            assertThat(function.inlineSync()).isEmpty();
            assertThat(function.inlineAsync()).isEmpty();
        });
    }

    @Test
    void allLocalInlinesEverythingReachableByKindOfCall() {
        Setup setup = SetupGenerators.allLocal(iot, 2048);

        assertThat(setup.functions()).singleElement().satisfies(function -> {
            assertThat(function.entry()).isEqualTo("I");
            assertThat(function.memoryMb()).isEqualTo(2048);
            assertThat(function.inlineSync()).containsExactly("CW", "SE", "CSL", "CSA", "DJ");
            assertThat(function.inlineAsync()).containsExactly("CT", "CS", "CA", "AS");
        });
    }

    @Test
    void allLocalFollowsAsyncChainsInTheTree() {
        Setup setup = SetupGenerators.allLocal(CallGraphs.tree());

        assertThat(setup.functions()).singleElement().satisfies(function -> {
            assertThat(function.inlineSync()).containsExactly("B", "D", "E");
            assertThat(function.inlineAsync()).containsExactly("C", "F", "G");
        });
    }

    @Test
    void allLocalNeverInlinesAnEntryThatIsCalledBack() {
        Task<Object, Object> nothing = (input, context) -> null;
        Application cyclic = Application.builder("cyclic")
                .entry("A", nothing, Calls.sync("B"))
                .task("B", nothing, Calls.async("A"))
                .build();

        Setup setup = SetupGenerators.allLocal(cyclic);

        assertThat(setup.functions()).singleElement().satisfies(function -> {
            assertThat(function.inlineSync()).containsExactly("B");
            assertThat(function.inlineAsync()).isEmpty();
        });
        assertThat(SetupValidator.validate(setup, cyclic)).isEmpty();
    }

    @Test
    void usesTheGivenMemorySize() {
        assertThat(SetupGenerators.allRemote(iot, 256).functions())
                .allSatisfy(function -> assertThat(function.memoryMb()).isEqualTo(256));
    }

    @Test
    void refusesAMemorySizeOutsideTheRange() {
        assertThatThrownBy(() -> SetupGenerators.allLocal(iot, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memory 64 MB is outside 128–10240 MB");
    }
}
