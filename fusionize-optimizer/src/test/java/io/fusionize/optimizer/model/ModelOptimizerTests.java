package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.SetupText;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.Exploration;
import io.fusionize.optimizer.FusionizeHeuristic;
import io.fusionize.optimizer.Proposal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The model optimizer against the simulated IoT application. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ModelOptimizerTests {

    private static final SimulatedApplication IOT = SimulatedApplication.iot();
    private static final double NEAR_OPTIMUM = 0.03;
    private static final double PAPER_GAIN = 0.35;

    @Test
    void convergesOnIotWithinFiveDeploymentsNearTheTrueOptimum() {
        Exploration run = GroundTruth.exploration(IOT);
        Prediction chosen = IOT.truth(run.result.best());
        Prediction optimum = GroundTruth.optimum(IOT).prediction();

        assertThat(run.deployments()).isLessThanOrEqualTo(5);
        assertThat(chosen.rootLatencyP50Ms()).as("true latency of %s", SetupText.format(run.result.best()))
                .isCloseTo(optimum.rootLatencyP50Ms(), within(optimum.rootLatencyP50Ms() * NEAR_OPTIMUM));
        assertThat(chosen.costPer1000RootRequestsUsd()).as("true cost of %s", SetupText.format(run.result.best()))
                .isCloseTo(optimum.costPer1000RootRequestsUsd(),
                        within(optimum.costPer1000RootRequestsUsd() * NEAR_OPTIMUM));
    }

    @Test
    void cutsLatencyAndCostOfAllRemoteByMoreThanAThirdWhereTheTruthAllowsIt() {
        Prediction allRemote = IOT.truth(IOT.allRemote(GroundTruth.INITIAL_MB));
        Prediction optimum = GroundTruth.optimum(IOT).prediction();
        Prediction chosen = IOT.truth(GroundTruth.exploration(IOT).result.best());

        assertThat(optimum.rootLatencyP50Ms()).as("the truth allows it")
                .isLessThan(allRemote.rootLatencyP50Ms() * (1 - PAPER_GAIN));
        assertThat(optimum.costPer1000RootRequestsUsd()).as("the truth allows it")
                .isLessThan(allRemote.costPer1000RootRequestsUsd() * (1 - PAPER_GAIN));
        assertThat(chosen.rootLatencyP50Ms()).isLessThan(allRemote.rootLatencyP50Ms() * (1 - PAPER_GAIN));
        assertThat(chosen.costPer1000RootRequestsUsd())
                .isLessThan(allRemote.costPer1000RootRequestsUsd() * (1 - PAPER_GAIN));
    }

    @Test
    void needsFewerDeploymentsThanThePapersHeuristic() {
        Exploration heuristic = Exploration.run(new FusionizeHeuristic(), IOT.allRemote(GroundTruth.INITIAL_MB),
                IOT::measure);

        assertThat(GroundTruth.exploration(IOT).deployments()).isLessThan(heuristic.deployments() / 2);
    }

    @Test
    void startsWithTheSameRoutingAtASecondSizeOfAtMostOneVcpu() {
        Proposal.NextSetup calibration = GroundTruth.exploration(IOT).nextSetups().get(0);

        assertThat(calibration.diff().changes()).allSatisfy(change -> assertThat(change).contains("1024 → 1650 MB"));
        assertThat(calibration.reason()).contains("calibration", "CPU work", "waiting");
    }

    @Test
    void statesTheForecastOfEveryProposalAndChecksItAfterwards() {
        Exploration run = GroundTruth.exploration(IOT);
        Proposal.NextSetup candidate = run.nextSetups().get(1);

        assertThat(candidate.explanation()).containsPattern("model forecast: predicted p50 \\d+\\.\\d ms, "
                + "\\$0\\.\\d{4}/1k").contains("best measured so far: v", "Pareto front");
        assertThat(run.result.reason()).contains("converged after " + run.deployments() + " deployments",
                "last round: v3 predicted p50", "measured p50", "within 10 %");
    }

    @Test
    void reportsEachForecastNextToItsMeasurement() {
        Exploration run = GroundTruth.exploration(IOT);
        ModelOptimizer optimizer = new ModelOptimizer();

        PredictionCheck check = optimizer.check(run.history, 3).orElseThrow();

        assertThat(check.within(ModelOptions.defaults().predictionTolerance())).as(check.toString()).isTrue();
        assertThat(optimizer.check(run.history, 1)).as("nothing forecast the initial setup").isEmpty();
    }

    @Test
    void staysConvergedWhenAskedAgainWhileTheBestSetupServes() {
        Exploration run = GroundTruth.exploration(IOT);
        int best = run.result.best().version();

        Proposal again = new ModelOptimizer().next(run.history.serving(best));

        assertThat(again).isInstanceOfSatisfying(Proposal.Converged.class,
                converged -> assertThat(converged.best()).isEqualTo(run.result.best()));
    }

    @Test
    void neverProposesASetupMarkedBadAndMovesOnToTheNextBest() {
        Exploration run = Exploration.run(new ModelOptimizer(), IOT.allRemote(GroundTruth.INITIAL_MB), IOT::measure,
                setup -> setup.version() == 3);
        String rejected = PlanKeys.of(run.history.entries().get(2).setup());

        assertThat(run.history.entries()).filteredOn(DeployedSetup::bad).singleElement()
                .extracting(e -> e.setup().version()).isEqualTo(3);
        assertThat(run.deployments()).isGreaterThan(3).isLessThanOrEqualTo(ModelOptions.defaults().maxDeployments());
        assertThat(run.nextSetups().stream().skip(2).map(p -> PlanKeys.of(p.setup()))).doesNotContain(rejected);
        assertThat(PlanKeys.of(run.result.best())).isNotEqualTo(rejected);
    }

    @Test
    void neverGivesTasksASizeAtWhichTheyRanOutOfMemory() {
        SimulatedApplication blind = IOT.withoutMemoryReports();
        ModelOptions options = ModelOptions.defaults().withMemorySizes(List.of(128, 256, 1024, 1650, 2048));

        Exploration run = Exploration.run(new ModelOptimizer(options), blind.allRemote(GroundTruth.INITIAL_MB),
                blind::measure);

        Set<String> failed = new HashSet<>();
        for (DeployedSetup entry : run.history.entries()) {
            for (FunctionSpec function : entry.setup().functions()) {
                String tasksAtSize = blind.running(function) + "@" + function.memoryMb();
                assertThat(failed).as("v%d repeats a size that ran out of memory", entry.setup().version())
                        .doesNotContain(tasksAtSize);
                entry.statistics().function(function.entry(), function.memoryMb())
                        .filter(f -> f.outOfMemory() > 0).ifPresent(f -> failed.add(tasksAtSize));
            }
        }
        assertThat(run.result).isNotNull();
        assertThat(run.history.entries()).filteredOn(e -> e.setup().equals(run.result.best()))
                .allSatisfy(e -> assertThat(e.bad()).isFalse());
    }
}
