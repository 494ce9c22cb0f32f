package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.deploy.fixture.HungryApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A memory size too small for a task is rolled back, marked bad, and never deployed again. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class BadSetupRollbackTests {

    @TempDir
    Path state;

    @Test
    void outOfMemorySetupIsRolledBackAndNeverProposedAgain() throws Exception {
        LoopTestSupport.Transcript transcript = new LoopTestSupport.Transcript();
        LoopOptions options = LoopOptions.builder(HungryApplication.NAME).stateDirectory(state).loadRate(2)
                .roundRequests(4).minSamples(3).maxRounds(3).memorySizesMb(List.of(128, 1024))
                .retireQuietPeriod(Duration.ofSeconds(1))
                .functionTimeoutSeconds(LoopTestSupport.PATIENT_TIMEOUT_SECONDS).build();
        try (ControlLoop loop = ControlLoop.start(options, LoopTestSupport.embeddedPlatform(state.resolve("platform")),
                ControlLoop.optimizerFor(options), transcript::say)) {
            loop.run();
            LoopState finalState = loop.state();

            List<LoopEntry> bad = finalState.entries().stream().filter(LoopEntry::bad).toList();
            assertThat(bad).singleElement().satisfies(entry -> {
                assertThat(entry.setup().function("Hog").orElseThrow().memoryMb()).isEqualTo(128);
                assertThat(entry.badReason()).contains("at 128 MB");
            });
            assertThat(finalState.current().setup().function("Hog").orElseThrow().memoryMb()).isEqualTo(1024);
            assertThat(finalState.current().bad()).isFalse();
            assertThat(finalState.entries().stream().filter(e -> e.setup().function("Hog").orElseThrow()
                    .memoryMb() == 128)).hasSize(1);
            assertThat(transcript.contains("Rolling back to v1")).isTrue();
        }
    }
}
