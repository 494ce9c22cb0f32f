package io.fusionize.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliRun;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.loop.LoopEntry;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.deploy.loop.LoopStateFile;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class StatusCommandTests {

    @TempDir
    Path state;

    @Test
    void emptyStateDirectorySaysNoLoopRanAndHowToStartOne() {
        CliRun run = CliRun.of("status", "--app", "iot", "--state", state.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: no control loop of iot has run in " + state
                + "; start one with 'fusionize run --app iot --state " + state + "'");
    }

    @Test
    void missingStateDirectoryIsAUserError() {
        CliRun run = CliRun.of("status", "--app", "iot", "--state", state.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: no state directory ").hasLineCount(1);
    }

    @Test
    void unknownApplicationIsAUserError() {
        CliRun run = CliRun.of("status", "--app", "nope", "--state", state.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: unknown application 'nope'").hasLineCount(1);
    }

    @Test
    void showsTheRoundVersionAndSetupOfAStoppedLoop() {
        var setup = SetupGenerators.allRemote(Applications.find("iot")).withVersion(1);
        new LoopStateFile(state, "iot").write(LoopState.initial("iot")
                .withDeployed(new LoopEntry(setup, "initial setup", false, null)).nextRound().nextRound());

        CliRun run = CliRun.of("status", "--app", "iot", "--state", state.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("application: iot").contains("round: 2").contains("current version: v1")
                .contains("setup: iot v1: I@1024, CW@1024").contains("v1: nothing measured yet");
    }
}
