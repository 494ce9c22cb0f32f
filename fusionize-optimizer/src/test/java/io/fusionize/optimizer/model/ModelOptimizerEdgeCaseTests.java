package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.Exploration;
import io.fusionize.optimizer.History;
import io.fusionize.optimizer.Proposal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The model optimizer with other settings, other applications and missing data. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ModelOptimizerEdgeCaseTests {

    private static final SimulatedApplication IOT = SimulatedApplication.iot();
    private static final SimulatedApplication TREE = SimulatedApplication.tree();

    @Test
    void convergesOnTreeWithinFiveDeploymentsAtTheOptimalLatency() {
        Exploration run = GroundTruth.exploration(TREE);
        Prediction chosen = TREE.truth(run.result.best());
        Prediction optimum = GroundTruth.optimum(TREE).prediction();
        Prediction allRemote = TREE.truth(TREE.allRemote(GroundTruth.INITIAL_MB));

        assertThat(run.deployments()).isLessThanOrEqualTo(5);
        assertThat(chosen.rootLatencyP50Ms()).isCloseTo(optimum.rootLatencyP50Ms(),
                within(optimum.rootLatencyP50Ms() * 0.01));
        assertThat(chosen.costPer1000RootRequestsUsd()).isLessThan(allRemote.costPer1000RootRequestsUsd() * 0.35);
        // The true optimum also runs C's async fan-out inside A, beside the sleeping chain: A calls C
        // before B. The monitor does not record when a call starts, so the model takes inline async
        // work to start after its caller and never forecasts that overlap; the chosen setup costs more.
        assertThat(chosen.costPer1000RootRequestsUsd()).isGreaterThan(optimum.costPer1000RootRequestsUsd());
    }

    @Test
    void searchesRoutingsLocallyWhenThereAreTooManyEdges() {
        ModelOptions local = ModelOptions.defaults().withMaxExhaustiveEdges(4);

        Exploration run = Exploration.run(new ModelOptimizer(local), IOT.allRemote(GroundTruth.INITIAL_MB),
                IOT::measure);

        Objective objective = GroundTruth.objective(IOT, local);
        assertThat(run.deployments()).isLessThanOrEqualTo(5);
        assertThat(objective.score(IOT.truth(run.result.best())))
                .isLessThan(GroundTruth.optimum(IOT).score() * 1.03);
    }

    @Test
    void optimizesRoutingAloneWithoutTheCalibrationRound() {
        Exploration run = Exploration.run(new ModelOptimizer(ModelOptions.defaults().withCalibration(false)),
                IOT.allRemote(GroundTruth.INITIAL_MB), IOT::measure);

        assertThat(run.history.entries()).allSatisfy(e -> assertThat(e.setup().functions())
                .allSatisfy(f -> assertThat(f.memoryMb()).isEqualTo(GroundTruth.INITIAL_MB)));
        assertThat(run.deployments()).isLessThanOrEqualTo(3);
        assertThat(IOT.truth(run.result.best()).costPer1000RootRequestsUsd())
                .isLessThan(IOT.truth(IOT.allRemote(GroundTruth.INITIAL_MB)).costPer1000RootRequestsUsd() * 0.7);
    }

    @Test
    void weighsLatencyAloneWhenAskedTo() {
        ModelOptions fastest = ModelOptions.defaults().withLatencyWeight(1.0);

        Exploration run = Exploration.run(new ModelOptimizer(fastest), IOT.allRemote(GroundTruth.INITIAL_MB),
                IOT::measure);

        assertThat(IOT.truth(run.result.best()).rootLatencyP50Ms()).as("no slower than the balanced optimum")
                .isLessThanOrEqualTo(GroundTruth.optimum(IOT).prediction().rootLatencyP50Ms() * 1.01);
        assertThat(run.nextSetups().get(1).reason()).contains("1.00 x latency + 0.00 x cost");
    }

    @Test
    void refusesAnEmptyHistory() {
        assertThatThrownBy(() -> new ModelOptimizer().next(History.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least the initial setup");
    }

    @Test
    void refusesToDecideBeforeTheInitialSetupWasMeasured() {
        History unmeasured = History.of(DeployedSetup.measured(IOT.allRemote(1024), SetupStatistics.empty("iot", 1)));

        assertThatThrownBy(() -> new ModelOptimizer().next(unmeasured))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("v1 of iot has no measured root duration and cost yet");
    }

    @Test
    void refusesAnInitialSetupMarkedBad() {
        Setup initial = IOT.allRemote(1024);
        History bad = History.of(DeployedSetup.measured(initial, IOT.measure(initial)).markedBad());

        assertThatThrownBy(() -> new ModelOptimizer().next(bad))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("marked bad");
    }

    @Test
    void refusesToStartFromAFusedSetupItCannotLearnTasksFrom() {
        Setup fused = SetupText.parse("iot v1: I+CW+SE&CT&CS&CA+CSL+CSA+DJ&AS@1536, CW@1024, SE@1024, CT@1024, "
                + "CS@1024, CSL@1024, CSA@1024, CA@1024, DJ@1024, AS@1024");
        History history = History.of(DeployedSetup.measured(fused, IOT.measure(fused)));

        assertThatThrownBy(() -> new ModelOptimizer().next(history))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("deploy and measure the all-remote setup");
    }

    @Test
    void convergesOnTheBestMeasuredSetupWhenTheBudgetIsSpent() {
        ModelOptions two = ModelOptions.defaults().withMaxDeployments(2);

        Exploration run = Exploration.run(new ModelOptimizer(two), IOT.allRemote(GroundTruth.INITIAL_MB),
                IOT::measure);

        assertThat(run.deployments()).isEqualTo(2);
        assertThat(run.result.reason()).contains("budget of 2 deployments is spent");
        assertThat(run.proposals).first().isInstanceOf(Proposal.NextSetup.class);
    }
}
