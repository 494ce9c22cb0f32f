package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.SetupStatistics;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LoopStatusTests {

    @TempDir
    Path state;

    @Test
    void showsRoundVersionSetupAndLastStatistics() {
        Setup setup = new Setup("greeting", 3, List.of(new FunctionSpec("Greet", 512, Set.of("Shout"), Set.of())));
        LoopState loopState = LoopState.initial("greeting").withDeployed(new LoopEntry(setup, "test", false, null))
                .nextRound().nextRound();
        DurationSummary latency = new DurationSummary(40, 20, 18, 30, 35, 40);
        SetupStatistics statistics = new SetupStatistics("greeting", 3, 40, latency, latency, 0.5, 0.1, 0, 0,
                List.of(), List.of());

        String text = new LoopStatus(loopState, statistics).format();

        assertThat(text).contains("round: 2").contains("current version: v3").contains("Greet")
                .contains("median 18.0 ms").contains("exploration: in progress");
    }

    @Test
    void readStatusFindsNothingWhereNoLoopRan() {
        assertThat(ControlLoop.readStatus(state, "greeting")).isEmpty();
    }

    @Test
    void readStatusReadsAStoppedLoopsState() {
        Setup setup = new Setup("greeting", 1, List.of(new FunctionSpec("Greet", 1024, Set.of(), Set.of())));
        new LoopStateFile(state, "greeting").write(LoopState.initial("greeting")
                .withDeployed(new LoopEntry(setup, "initial", false, null)).nextRound());

        LoopStatus status = ControlLoop.readStatus(state, "greeting").orElseThrow();

        assertThat(status.state().round()).isEqualTo(1);
        assertThat(status.format()).contains("v1: nothing measured yet");
    }
}
