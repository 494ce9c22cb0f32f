package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.Proposal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An optimizer that forecasts setups with a {@link PerformanceModel} before deploying them.
 *
 * <ol>
 *   <li>Round 1 is the initial setup the caller deployed, normally every task its own function.
 *   <li>Round 2 (unless switched off) measures it again with each function at a second memory size,
 *       to tell CPU work from waiting ({@link ModelOptions#calibrate()}).
 *   <li>Then every round fits the model to everything measured, searches every routing of the call
 *       edges with a memory size per function (see {@link ModelOptions#maxExhaustiveEdges()}), and
 *       ranks the forecasts by the objective: latency and cost, each relative to the initial setup
 *       as measured, weighted by {@link ModelOptions#latencyWeight()}, or by another
 *       {@link ModelOptions#goal()}, such as the lowest cost under a p95 bound. The best untried setup is
 *       proposed with its forecast, e.g. "predicted p50 42.0 ms, $0.0310/1k".
 *   <li>It converges on the best measured setup when no untried setup is forecast to beat it by
 *       more than {@link ModelOptions#improvementMargin()}; when the last forecast missed its
 *       measurement by more than {@link ModelOptions#predictionTolerance()}, any forecast gain is
 *       tried instead, within {@link ModelOptions#maxDeployments()}.
 * </ol>
 *
 * <p>Setups marked bad are never proposed again, nor sizes at or below one where a function
 * running the same tasks timed out, ran out of memory or crashed, nor sizes without the memory
 * headroom above the tasks' measured use. Like every {@link Optimizer}, it keeps no state: each
 * decision follows from the history.
 */
public final class ModelOptimizer implements Optimizer {

    private final ModelOptions options;

    /** The optimizer with {@link ModelOptions#defaults()}. */
    public ModelOptimizer() {
        this(ModelOptions.defaults());
    }

    /** @param options the sizes, prices, objective and thresholds to use */
    public ModelOptimizer(ModelOptions options) {
        this.options = Objects.requireNonNull(options, "options must not be null");
    }

    @Override
    public Proposal next(History history) {
        DeployedSetup reference = reference(history);
        PerformanceModel model = fit(history);
        Optional<Setup> calibration = calibration(reference);
        if (calibration.isPresent() && !history.wasDeployed(calibration.get())
                && history.entries().size() < options.maxDeployments()) {
            return proposeCalibration(reference, calibration.get(), history);
        }
        return new Round(history, reference, model, options, calibration).decide();
    }

    /**
     * @param history deployed setups with their statistics
     * @return the model fitted to all of it
     * @throws IllegalStateException when the history lacks the measurements the model needs
     */
    public PerformanceModel model(History history) {
        return fit(history);
    }

    /**
     * @param history deployed setups with their statistics
     * @param setup a setup of the same application
     * @return its forecast by the model fitted to the history
     */
    public Prediction predict(History history, Setup setup) {
        return fit(history).predict(setup);
    }

    /**
     * The forecast made for a deployed setup from the history before it, next to its measurement:
     * one row of a "predicted vs measured" report.
     *
     * @param history deployed setups with their statistics
     * @param version a deployed setup's version
     * @return the check, when the history before that setup could forecast it and it was measured
     */
    public Optional<PredictionCheck> check(History history, int version) {
        return check(history, version, options);
    }

    static Optional<PredictionCheck> check(History history, int version, ModelOptions options) {
        Objects.requireNonNull(history, "history must not be null");
        List<DeployedSetup> entries = history.entries();
        for (int i = 1; i < entries.size(); i++) {
            DeployedSetup entry = entries.get(i);
            if (entry.setup().version() == version && Measured.available(entry)) {
                return checkAgainst(new History(entries.subList(0, i)), entry, options);
            }
        }
        return Optional.empty();
    }

    private static Optional<PredictionCheck> checkAgainst(History before, DeployedSetup entry, ModelOptions options) {
        try {
            Prediction forecast = PerformanceModel.fit(before, options).predict(entry.setup());
            return Optional.of(PredictionCheck.of(forecast, entry.statistics()));
        } catch (IllegalArgumentException | IllegalStateException unpredictable) {
            return Optional.empty();
        }
    }

    /**
     * @param history deployed setups with their statistics
     * @return forecasts of the untried setups no other beats on both latency and cost, fastest
     *     first
     */
    public List<Prediction> paretoFront(History history) {
        DeployedSetup reference = reference(history);
        Round round = new Round(history, reference, fit(history), options, calibration(reference));
        return round.search().front().stream().map(Candidate::prediction).toList();
    }

    private PerformanceModel fit(History history) {
        return PerformanceModel.fit(history, options);
    }

    private Optional<Setup> calibration(DeployedSetup reference) {
        return options.calibrate() ? CalibrationPlan.of(reference, options) : Optional.empty();
    }

    private static DeployedSetup reference(History history) {
        Objects.requireNonNull(history, "history must not be null");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("the history must hold at least the initial setup");
        }
        DeployedSetup reference = history.entries().get(0);
        if (reference.bad()) {
            throw new IllegalStateException("the initial setup v" + reference.setup().version() + " is marked bad; "
                    + "the model needs it measured healthy");
        }
        if (!Measured.available(reference)) {
            throw new IllegalStateException("the initial setup v" + reference.setup().version() + " of "
                    + reference.setup().application() + " has no measured root duration and cost yet; gather a "
                    + "sample before asking for the next setup");
        }
        return reference;
    }

    private static Proposal proposeCalibration(DeployedSetup reference, Setup calibration, History history) {
        Setup next = calibration.withVersion(history.nextVersion());
        return new Proposal.NextSetup(next, SetupDiff.between(reference.setup(), next), "from v"
                + reference.setup().version() + ", calibration: the same routing with each function at a second "
                + "memory size, so that the model can tell CPU work (faster with more memory) from waiting (not); "
                + "until then it can forecast only the sizes measured");
    }
}
