package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.load.LoadProfiles;
import io.fusionize.deploy.loop.RoundDecider;
import io.fusionize.deploy.loop.RoundsOutcome;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.Proposal;
import io.fusionize.optimizer.SetupJudge;

/** The experiment's optimizer rounds on a fake measurer and a fake optimizer: no platform. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OptimizationRoundsTests {

    private static final SetupMeasurer.BoundedLoad LOAD = new SetupMeasurer.BoundedLoad(
            LoadProfiles.constant(1, Duration.ofSeconds(1)), 1, Duration.ofSeconds(1), Optional.empty());
    private static final Application GREETING = Application.builder("greeting")
            .entry("Greet", (input, context) -> null, Calls.none()).build();

    @Test
    void aVersionNamedByTheDecisionThatEndedTheRoundsNamesNoOtherSetupLater() throws Exception {
        FakeMeasurer measurer = new FakeMeasurer().completing(50);

        Trajectory trajectory = rounds(measurer, 3).run(GREETING);
        List<MeasuredBlock> blocks = new ComparedSetups(measurer, LOAD, 1, line -> { })
                .measure(SetupGenerators.allRemote(GREETING), trajectory.best(), SetupGenerators.allLocal(GREETING));

        assertThat(trajectory.decisions()).last().asString().contains("v3 → v4");
        assertThat(blocks).extracting(block -> block.measurement().setup().version()).containsExactly(5, 6, 7);
    }

    @Test
    void aRunStoppedAtTheDeploymentLimitHasNotConverged() throws Exception {
        Trajectory trajectory = rounds(new FakeMeasurer().completing(50), 3).run(GREETING);

        assertThat(trajectory.ending()).isEqualTo(RoundsOutcome.Ending.DEPLOYMENT_LIMIT);
        assertThat(trajectory.converged()).isFalse();
        assertThat(trajectory.deployments()).isEqualTo(3);
        assertThat(trajectory.conclusion()).startsWith("stopped at the limit of 3 deployed setups");
    }

    private static OptimizationRounds rounds(Measurer measurer, int maxDeployments) {
        RoundDecider decider = new RoundDecider(memorySweep(), new SetupJudge(), 5);
        return new OptimizationRounds(measurer, decider, LOAD, maxDeployments, line -> { });
    }

    /** Doubles the memory of every function, one setup per round, and never converges. */
    private static Optimizer memorySweep() {
        return history -> {
            Setup last = history.last().setup();
            Setup next = last.withVersion(history.nextVersion());
            for (var function : last.functions()) {
                next = next.withFunction(function.withMemoryMb(function.memoryMb() * 2));
            }
            return new Proposal.NextSetup(next, SetupDiff.between(last, next), "the sweep tries more memory");
        };
    }
}
