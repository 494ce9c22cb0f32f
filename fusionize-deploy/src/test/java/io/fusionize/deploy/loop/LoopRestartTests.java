package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A loop process killed with SIGKILL resumes at the round it had reached. */
@Tag("slow")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class LoopRestartTests {

    @TempDir
    Path state;

    @Test
    void killedLoopResumesAtTheSameRound() throws Exception {
        Process first = startLoopProcess();
        LoopStateFile stateFile = new LoopStateFile(state, "greeting");
        try {
            await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(200))
                    .until(() -> stateFile.read().map(LoopState::round).orElse(0) >= 2);
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        LoopState beforeKill = stateFile.read().orElseThrow();

        LoopTestSupport.Transcript transcript = new LoopTestSupport.Transcript();
        LoopOptions options = LoopOptions.builder("greeting").stateDirectory(state).loadRate(3).roundRequests(6)
                .minSamples(3).memorySizesMb(List.of(1024, 1536)).retireQuietPeriod(Duration.ofSeconds(1))
                .functionTimeoutSeconds(LoopTestSupport.PATIENT_TIMEOUT_SECONDS).build();
        PlatformConnection platform = LoopTestSupport.embeddedPlatform(state.resolve("platform"));
        try (ControlLoop resumed = ControlLoop.start(options, platform,
                ControlLoop.optimizerFor(options), transcript::say)) {
            assertThat(resumed.state().round()).isEqualTo(beforeKill.round());
            assertThat(resumed.state().currentVersion()).isEqualTo(beforeKill.currentVersion());
            assertThat(resumed.state().entries()).isEqualTo(beforeKill.entries());
            assertThat(transcript.contains("resuming greeting at round " + beforeKill.round())).isTrue();

            await().atMost(Duration.ofMinutes(5)).until(() -> resumed.decideRoundIfDue().isPresent());
            assertThat(resumed.state().round()).isEqualTo(beforeKill.round() + 1);
        }
    }

    private Process startLoopProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LoopProcessMain.class.getName(), "greeting", state.toString(), "3", "6", "3");
        builder.redirectErrorStream(true).redirectOutput(new File(state.toFile(), "first-process.log"));
        state.toFile().mkdirs();
        return builder.start();
    }
}
