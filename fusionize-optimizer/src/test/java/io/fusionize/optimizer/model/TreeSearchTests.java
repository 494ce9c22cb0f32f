package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.Exploration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The search of call trees one call at a time, against the exhaustive search and the hill climb it replaces. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TreeSearchTests {

    private static final SimulatedApplication TREE = SimulatedApplication.tree();
    private static final SimulatedApplication IOT = SimulatedApplication.iot();
    private static final RandomTreeModel RANDOM = new RandomTreeModel(40, 1, 2);
    private static final double SAME = 1e-9;

    @Test
    void takesOnlyCallsThatFormAForest() {
        assertThat(CallTree.of(calibratedModel(TREE))).isPresent();
        assertThat(CallTree.of(calibratedModel(IOT))).as("AS has two callers").isEmpty();
        assertThat(CallTree.of(calibratedModel(SimulatedApplication.shop()))).as("P has two callers").isEmpty();
    }

    @Test
    void findsTheSetupTheExhaustiveSearchFindsOnTree() {
        PerformanceModel model = calibratedModel(TREE);
        Objective objective = objective(model, TREE.allRemote(GroundTruth.INITIAL_MB));

        SearchResult byTask = search(model, TREE.allRemote(GroundTruth.INITIAL_MB), objective, List.of(), 2);
        SearchResult every = search(model, TREE.allRemote(GroundTruth.INITIAL_MB), objective, List.of(), 12);

        assertThat(byTask.routings()).isLessThan(every.routings());
        assertThat(PlanKeys.of(byTask.best().orElseThrow().setup()))
                .isEqualTo(PlanKeys.of(every.best().orElseThrow().setup()));
    }

    @Test
    void doesAtLeastAsWellAsTheHillClimbOverWholeSetupsOnARandomTree() {
        Objective objective = objective(RANDOM.model, RANDOM.reference);
        Forecaster wholeSetups = new Forecaster() {
            @Override
            public Prediction forecast(Setup setup) {
                return RANDOM.model.predict(setup);
            }

            @Override
            public RoutingForecast routing(Setup sample) {
                return RANDOM.model.routing(sample);
            }
        };
        FusionSpace space = FusionSpace.of(RANDOM.model);

        Candidate byTask = search(RANDOM.model, RANDOM.reference, objective, List.of(), 12).best().orElseThrow();
        Candidate climbed = new CandidateSearch(space, wholeSetups, new ModelSizeRules(RANDOM.model), objective,
                RANDOM.reference, List.of(), 12).run().best().orElseThrow();

        assertThat(byTask.score()).isLessThanOrEqualTo(climbed.score() * (1 + SAME));
    }

    @Test
    void neverReturnsASetupDeployedBeforeEvenWhereItWouldSettle() {
        Objective objective = objective(RANDOM.model, RANDOM.reference);
        Setup best = search(RANDOM.model, RANDOM.reference, objective, List.of(), 12).best().orElseThrow().setup();

        SearchResult without = search(RANDOM.model, RANDOM.reference, objective, List.of(best.withVersion(9), RANDOM.fused), 12);

        assertThat(without.best()).isPresent();
        assertThat(without.ranked()).noneMatch(c -> PlanKeys.of(c.setup()).equals(PlanKeys.of(best))
                || PlanKeys.of(c.setup()).equals(PlanKeys.of(RANDOM.fused)));
    }

    @Test
    void forecastsWhatItReturnsWithTheWholeModel() {
        Objective objective = objective(RANDOM.model, RANDOM.reference);

        SearchResult result = search(RANDOM.model, RANDOM.reference, objective, List.of(), 12);

        assertThat(result.front()).isNotEmpty().contains(result.best().orElseThrow());
        for (Candidate candidate : result.ranked()) {
            Prediction whole = RANDOM.model.predict(candidate.setup());
            assertThat(candidate.prediction()).isEqualTo(whole);
            assertThat(candidate.score()).isEqualTo(objective.score(whole));
        }
    }

    @Test
    void convergesOnTreeAsWellAsTheExhaustiveSearchDoes() {
        ModelOptions local = ModelOptions.defaults().withMaxExhaustiveEdges(2);
        Objective truth = GroundTruth.objective(TREE, local);

        Exploration byTask = Exploration.run(new ModelOptimizer(local), TREE.allRemote(GroundTruth.INITIAL_MB),
                TREE::measure);
        Exploration every = GroundTruth.exploration(TREE);

        assertThat(byTask.deployments()).isLessThanOrEqualTo(every.deployments());
        assertThat(truth.score(TREE.truth(byTask.result.best())))
                .isLessThanOrEqualTo(truth.score(TREE.truth(every.result.best())) * (1 + SAME));
    }

    @Test
    void neverGivesTasksOfARandomTreeASizeAtWhichTheyRanOutOfMemory() {
        SimulatedApplication blind = SimulatedApplication.randomForest(40, 1, 3).withoutMemoryReports();
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
        assertThat(failed).as("sizes that ran out of memory").isNotEmpty();
        assertThat(run.result).isNotNull();
    }

    private static SearchResult search(PerformanceModel model, Setup reference, Objective objective,
                                       List<Setup> excluded, int maxExhaustiveEdges) {
        return new CandidateSearch(FusionSpace.of(model), new ModelForecaster(model), new ModelSizeRules(model),
                objective, reference, excluded, maxExhaustiveEdges).run();
    }

    private static Objective objective(PerformanceModel model, Setup reference) {
        Prediction measured = model.predict(reference);
        return Objective.relativeTo(measured, 0.5);
    }

    private static PerformanceModel calibratedModel(SimulatedApplication app) {
        Setup allRemote = app.allRemote(GroundTruth.INITIAL_MB);
        Setup calibration = CalibrationPlan.of(GroundTruth.measured(app, allRemote).last(), ModelOptions.defaults())
                .orElseThrow();
        return PerformanceModel.fit(GroundTruth.measured(app, allRemote, calibration));
    }
}
