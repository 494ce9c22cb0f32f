package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.storage.DataDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Under steady load, the heuristic fuses the IoT application as the paper's prototype does. */
@Tag("slow")
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class IotConvergenceTests {

    @TempDir
    Path state;

    @Test
    void reachesThePapersFusionThenSizesMemory() throws Exception {
        LoopTestSupport.Transcript transcript = new LoopTestSupport.Transcript();
        LoopOptions options = LoopOptions.builder("iot").stateDirectory(state).loadRate(2).roundRequests(24)
                .minSamples(12).maxRounds(20).memorySizesMb(List.of(1024, 1536))
                .retireQuietPeriod(Duration.ofSeconds(5))
                .extraEnvironment(Map.of(DataDirectory.ENVIRONMENT_VARIABLE, state.resolve("data").toString()))
                .functionTimeoutSeconds(LoopTestSupport.PATIENT_TIMEOUT_SECONDS).build();
        try (ControlLoop loop = ControlLoop.start(options, LoopTestSupport.embeddedPlatform(state.resolve("platform")),
                ControlLoop.optimizerFor(options), transcript::say)) {
            while (!loop.state().converged() && !loop.roundLimitReached()) {
                loop.decideRoundIfDue();
                Thread.sleep(200);
            }
            LoopState done = loop.state();

            assertThat(done.converged()).as("converged within %d rounds", options.maxRounds()).isTrue();
            List<Setup> deployed = done.entries().stream().map(LoopEntry::setup).toList();
            int fused = indexOfPapersFusion(deployed);
            assertThat(fused).as("a setup with the paper's fusion was deployed").isNotNegative();
            for (int i = fused + 1; i < deployed.size(); i++) {
                SetupDiff diff = SetupDiff.between(deployed.get(i - 1), deployed.get(i));
                assertThat(diff.changes()).as("step %d changes memory only", i).allMatch(c -> c.contains("MB"));
            }
            assertThat(deployed.size()).as("memory was sized after the fusion").isGreaterThan(fused + 1);
            assertThat(done.entries()).allMatch(e -> !e.decision().isBlank());
            assertThat(transcript.lines.stream().filter(l -> l.startsWith("round "))).hasSize(done.round());
        }
    }

    private static int indexOfPapersFusion(List<Setup> setups) {
        for (int i = 0; i < setups.size(); i++) {
            if (hasPapersFusion(setups.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasPapersFusion(Setup setup) {
        return inlines(setup, "I", Set.of("CW", "SE")) && inlines(setup, "CS", Set.of("CSL", "CSA"))
                && inlines(setup, "CA", Set.of("DJ"))
                && setup.functions().stream().allMatch(f -> f.inlineAsync().isEmpty());
    }

    private static boolean inlines(Setup setup, String entry, Set<String> callees) {
        return setup.function(entry).map(FunctionSpec::inlineSync).map(s -> s.containsAll(callees)).orElse(false);
    }
}
