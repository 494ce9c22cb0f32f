package io.fusionize.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.protocol.fusion.InvocationRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs synthetic applications in-process under all-remote and all-local setups. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SyntheticUnderSetupsTests {

    @ParameterizedTest
    @ValueSource(strings = {"synthetic:tasks=25,seed=1,async=0.3,cpu=0.1,payload=300",
        "synthetic:tasks=25,seed=2,async=0,depth=16,cpu=0.1,memory=1",
        "synthetic:tasks=30,seed=3,async=0.5,depth=3,cpu=0.1,wait=1,entries=3"})
    void everySetupGivesTheSameResults(String spec) {
        Application application = SyntheticApplication.generate(spec);

        Map<String, JsonNode> remote = results(application, SetupGenerators::allRemote);
        Map<String, JsonNode> local = results(application, SetupGenerators::allLocal);

        assertThat(local).isEqualTo(remote).hasSize(application.entryTasks().size() * 3);
    }

    @Test
    void allRemoteRunsEveryTaskOfTheTreeOnce() {
        Application application = SyntheticApplication.generate("synthetic:tasks=20,seed=4,async=0.4,cpu=0.1");
        try (InProcessHarness harness = InProcessHarness.of(application, SetupGenerators.allRemote(application))) {
            harness.invokeSeeded("t0", null, 9);
            harness.awaitQuiescence();

            assertThat(harness.records()).extracting(InvocationRecord::entryTask)
                    .containsExactlyInAnyOrderElementsOf(application.tasks().keySet());
        }
    }

    private static Map<String, JsonNode> results(Application application, Function<Application, Setup> setupOf) {
        try (InProcessHarness harness = InProcessHarness.of(application, setupOf.apply(application))) {
            Map<String, JsonNode> results = application.entryTasks().stream()
                    .flatMap(entry -> List.of(1L, 2L, 3L).stream().map(seed -> Map.entry(entry + "/" + seed,
                            harness.invokeSeeded(entry, null, seed))))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            harness.awaitQuiescence();
            return results;
        }
    }
}
