package io.fusionize.optimizer.model;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.Exploration;
import io.fusionize.optimizer.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's true optimum and the runs the tests share, computed once per application.
 *
 * <p>The true optimum is what the same search finds with the simulator's noise-free truth instead
 * of the model: every routing, and per routing the memory sizes coordinate descent settles on.
 * It keeps the optimizer's memory headroom over the true memory use, so both choose among the same
 * setups; the objective is relative to the truth of the all-remote setup at 1,024 MB.
 */
final class GroundTruth {

    static final int INITIAL_MB = 1024;

    private static final Map<String, Candidate> OPTIMA = new ConcurrentHashMap<>();
    private static final Map<String, Exploration> RUNS = new ConcurrentHashMap<>();

    private GroundTruth() {
    }

    static Objective objective(SimulatedApplication app, ModelOptions options) {
        Prediction allRemote = app.truth(app.allRemote(INITIAL_MB));
        return new Objective(options.latencyWeight(), allRemote.rootLatencyP50Ms(),
                allRemote.costPer1000RootRequestsUsd());
    }

    /** @return the true optimum with default options */
    static Candidate optimum(SimulatedApplication app) {
        return OPTIMA.computeIfAbsent(app.name(), name -> search(app, ModelOptions.defaults()));
    }

    /** @return the model optimizer's exploration with default options, from all-remote at 1,024 MB */
    static Exploration exploration(SimulatedApplication app) {
        return RUNS.computeIfAbsent(app.name(), name -> Exploration.run(new ModelOptimizer(),
                app.allRemote(INITIAL_MB), app::measure));
    }

    static Candidate search(SimulatedApplication app, ModelOptions options) {
        SizeRules sizes = tasks -> options.memorySizesMb().stream().sorted()
                .filter(size -> size >= options.memoryHeadroom() * app.memoryUsedMb(tasks)).toList();
        return new CandidateSearch(new FusionSpace(app.entries(), edges(app)), app::truth, sizes,
                objective(app, options), app.allRemote(INITIAL_MB), List.of(), options.maxExhaustiveEdges())
                .run().best().orElseThrow();
    }

    static List<CallKey> edges(SimulatedApplication app) {
        List<CallKey> edges = new ArrayList<>();
        for (FunctionSpec function : app.allRemote(INITIAL_MB).functions()) {
            app.task(function.entry()).calls().forEach(c -> edges.add(new CallKey(function.entry(), c.callee(),
                    c.sync())));
        }
        return edges;
    }

    /**
     * @param app the application
     * @param setups setups to measure, in order, as version 1, 2, ...
     * @return their history, every one fine
     */
    static History measured(SimulatedApplication app, Setup... setups) {
        History history = History.of();
        for (int i = 0; i < setups.length; i++) {
            Setup setup = setups[i].withVersion(i + 1);
            history = history.append(DeployedSetup.measured(setup, app.measure(setup)));
        }
        return history;
    }
}
