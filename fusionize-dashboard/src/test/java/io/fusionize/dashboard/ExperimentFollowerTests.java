package io.fusionize.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.dashboard.fixture.ChainApplication;
import io.fusionize.deploy.load.LoadResult;
import io.fusionize.deploy.load.RequestSample;
import io.fusionize.deploy.loop.Decision;
import io.fusionize.deploy.loop.LoopEntry;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.experiment.machine.CpuUtilization;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.experiment.run.MeasuredBlock;
import io.fusionize.experiment.run.Measurement;
import io.fusionize.monitor.SetupStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ExperimentFollowerTests {

    private final DashboardModel model = new DashboardModel(Applications.find(ChainApplication.NAME),
            DashboardModel.MODE_EXPERIMENT, "fusionize", new LiveWindow(Set.of("chain-Front"), () -> 0L));
    private final ExperimentFollower follower = new ExperimentFollower(model,
            new Forecasts(List.of(512, 1024), "fusionize"), Runnable::run);

    @Test
    void roundsAreShownAsMeasuredAndThenDecided() {
        Setup remote = SetupGenerators.allRemote(model.application()).withVersion(1);
        Setup fused = new Setup(ChainApplication.NAME, 2, List.of(new FunctionSpec("Front", 512, Set.of("Work"),
                Set.of()), new FunctionSpec("Work", 512, Set.of(), Set.of()), new FunctionSpec("Log", 512, Set.of(),
                        Set.of())));

        follower.roundMeasured(1, measurement("round-1", remote));
        LoopState state = LoopState.initial(ChainApplication.NAME)
                .withDeployed(new LoopEntry(remote, "initial", false, null));
        follower.decided(state, new Decision(Decision.Kind.DEPLOY, fused, "v1 → v2: inline Work into Front"));

        RoundRow row = model.round(1).orElseThrow();
        assertThat(row.version()).isEqualTo(1);
        assertThat(row.kind()).isEqualTo("DEPLOY");
        assertThat(row.decision()).isEqualTo("v1 → v2: inline Work into Front");
        assertThat(row.diff()).isEqualTo(SetupDiff.between(remote, fused).changes());
        assertThat(model.snapshotJson()).contains("\"version\":1", "chain-Front");
    }

    @Test
    void comparedBlocksCarryTheirLatencyDistribution() {
        Setup local = SetupGenerators.allLocal(model.application()).withVersion(7);

        follower.blockMeasured(new MeasuredBlock(1, measurement("all-local", local)));

        assertThat(model.snapshotJson()).contains("\"compared\":[{\"name\":\"all-local\",\"block\":1");
        assertThat(model.snapshotJson()).contains("\"cdf\":[[");
    }

    private static Measurement measurement(String name, Setup setup) {
        List<RequestSample> samples = LongStream.range(0, 20).mapToObj(i -> new RequestSample(i, i * 1_000_000,
                i * 1_000_000, i * 1_000_000 + (5 + i) * 1_000_000, true, Optional.of("r" + i), Optional.empty()))
                .toList();
        LoadResult load = new LoadResult("constant", Instant.EPOCH, Duration.ofSeconds(1), 20, samples);
        return new Measurement(new SetupRun(name, SetupText.format(setup), load, 0.02, 1, 2.0,
                CpuUtilization.notMeasured()), setup, SetupStatistics.empty(ChainApplication.NAME, setup.version()), 0);
    }
}
