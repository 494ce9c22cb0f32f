package io.fusionize.bench.optimizer;

import io.fusionize.api.Application;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.examples.synthetic.SyntheticApplication;
import io.fusionize.examples.synthetic.SyntheticGraph;
import io.fusionize.examples.synthetic.SyntheticSpec;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.FusionizeHeuristic;
import io.fusionize.optimizer.History;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.Proposal;
import io.fusionize.optimizer.model.ModelOptimizer;
import java.util.Locale;
import java.util.Objects;

/**
 * One optimizer and a plausible history of a synthetic application to decide from: the
 * all-remote setup measured on the {@link FixturePlatform}, and, for a calibrated history, the
 * model optimizer's calibration setup measured after it.
 */
public final class DecisionFixture {

    /** The shape of every benchmarked application, after its tasks and seed. */
    public static final String SHAPE = ",async=0.3,cpu=5,wait=10,memory=64,payload=1000";
    /** How many requests each measured setup served. */
    public static final long REQUESTS = 200;

    private final Optimizer optimizer;
    private final History history;

    private DecisionFixture(Optimizer optimizer, History history) {
        this.optimizer = optimizer;
        this.history = history;
    }

    /** The optimizers benchmarked. */
    public enum Kind {
        /** The Fusionize++ heuristic, {@link FusionizeHeuristic}. */
        HEURISTIC,
        /** The model-based optimizer, {@link ModelOptimizer}. */
        MODEL;

        /** @return a new optimizer of this kind, with its default options */
        public Optimizer create() {
            return this == HEURISTIC ? new FusionizeHeuristic() : new ModelOptimizer();
        }

        /**
         * @param name {@code heuristic} or {@code model}
         * @return that kind
         */
        public static Kind of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** The histories decided from. */
    public enum Stage {
        /** Only the all-remote setup, measured: the first decision. */
        INITIAL,
        /** The all-remote setup, then the model's calibration setup, both measured: the first search. */
        CALIBRATED;

        /**
         * @param name {@code initial} or {@code calibrated}
         * @return that stage
         */
        public static Stage of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * @param kind the optimizer
     * @param stage the history
     * @param tasks how many tasks the application has
     * @return the fixture
     */
    public static DecisionFixture of(Kind kind, Stage stage, int tasks) {
        SyntheticSpec spec = SyntheticSpec.parse(SyntheticSpec.PREFIX + "tasks=" + tasks + ",seed=1" + SHAPE);
        SyntheticGraph graph = SyntheticGraph.generate(spec);
        Application application = SyntheticApplication.build(graph);
        History history = History.of(measured(graph, SetupGenerators.allRemote(application).withVersion(1)));
        if (stage == Stage.CALIBRATED) {
            history = history.append(measured(graph, calibration(history)));
        }
        return new DecisionFixture(kind.create(), history);
    }

    /** @return one decision of the optimizer on the history */
    public Proposal decide() {
        return optimizer.next(history);
    }

    /** @return the history decided from */
    public History history() {
        return history;
    }

    private static Setup calibration(History initial) {
        Proposal proposal = new ModelOptimizer().next(initial);
        if (!(proposal instanceof Proposal.NextSetup next)) {
            throw new IllegalStateException("the model optimizer proposed no calibration: " + proposal.explanation());
        }
        return next.setup();
    }

    private static DeployedSetup measured(SyntheticGraph graph, Setup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        return DeployedSetup.measured(setup,
                SyntheticMeasurement.measure(graph, setup, FixturePlatform.typical(), REQUESTS));
    }
}
