package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.EntryStatistics;
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
    void describesEachEntrysShareAndMedianWhenThereAreSeveral() {
        DurationSummary browse = new DurationSummary(30, 12, 10, 20, 25, 30);
        DurationSummary order = new DurationSummary(10, 45, 40, 60, 70, 80);
        List<EntryStatistics> entries = List.of(new EntryStatistics("B", 30, 0.75, 30, browse, browse, 0.4),
                new EntryStatistics("O", 10, 0.25, 10, order, order, 0.8));
        SetupStatistics statistics = new SetupStatistics("shop", 3, 40, browse, browse, 0.5, 0.1, 0, 0,
                List.of(), List.of(), entries);

        assertThat(LoopStatus.describe(statistics)).startsWith("v3: median 17.5 ms")
                .endsWith("; per entry: B 75 % p50 10.0 ms, O 25 % p50 40.0 ms");
    }

    @Test
    void describesASingleEntryWithoutAPerEntryPart() {
        DurationSummary latency = new DurationSummary(40, 20, 18, 30, 35, 40);
        SetupStatistics statistics = new SetupStatistics("greeting", 3, 40, latency, latency, 0.5, 0.1, 0, 0,
                List.of(), List.of(), List.of(new EntryStatistics("Greet", 40, 1.0, 40, latency, latency, 0.5)));

        assertThat(LoopStatus.describe(statistics)).doesNotContain("per entry").endsWith("cold starts 10.0 %");
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
