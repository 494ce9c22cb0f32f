package io.fusionize.experiment.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import io.fusionize.api.Application;
import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.loop.Decision;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.deploy.loop.RoundDecider;
import io.fusionize.deploy.loop.RoundEnd;
import io.fusionize.deploy.loop.RoundEngine;
import io.fusionize.deploy.loop.RoundLimits;
import io.fusionize.deploy.loop.RoundsOutcome;
import io.fusionize.deploy.loop.SetupStage;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;

/**
 * Drives the optimizer round by round on the {@link RoundEngine}, as the control loop does, but
 * measures every round's setup under a bounded workload of its own: the engine deploys a setup,
 * which is measured right away, then decides, rolls a failed setup back, or deploys the next one,
 * until the optimizer converges, a decision changes nothing, or the round limit is reached. A
 * round during which the machine saturated is measured once more (see
 * {@link SaturatedRoundRetry}); the trajectory keeps both measurements.
 */
public final class OptimizationRounds {

    private final SaturatedRoundRetry measurer;
    private final Measurer versions;
    private final RoundDecider decider;
    private final SetupMeasurer.BoundedLoad load;
    private final int maxRounds;
    private final Consumer<String> log;
    private final ExperimentObserver observer;
    private final List<Measurement> rounds = new ArrayList<>();
    private final List<String> decisions = new ArrayList<>();
    private final Map<Integer, Measurement> setAside = new TreeMap<>();

    /**
     * @param measurer measures each round's setup
     * @param decider judges setups and asks the optimizer
     * @param load each round's load
     * @param maxRounds the most setups to deploy
     * @param log receives every decision in words
     */
    public OptimizationRounds(Measurer measurer, RoundDecider decider, SetupMeasurer.BoundedLoad load,
            int maxRounds, Consumer<String> log) {
        this(measurer, decider, load, maxRounds, log, ExperimentObserver.NONE);
    }

    /**
     * @param measurer measures each round's setup
     * @param decider judges setups and asks the optimizer
     * @param load each round's load
     * @param maxRounds the most setups to deploy
     * @param log receives every decision in words
     * @param observer hears every round's measurement and decision
     */
    public OptimizationRounds(Measurer measurer, RoundDecider decider, SetupMeasurer.BoundedLoad load,
            int maxRounds, Consumer<String> log, ExperimentObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer must not be null");
        this.versions = Objects.requireNonNull(measurer, "measurer must not be null");
        this.measurer = new SaturatedRoundRetry(measurer, log);
        this.decider = Objects.requireNonNull(decider, "decider must not be null");
        this.load = Objects.requireNonNull(load, "load must not be null");
        this.maxRounds = maxRounds;
        this.log = Objects.requireNonNull(log, "log must not be null");
    }

    /**
     * Runs every round, starting from the all-remote setup.
     *
     * @param testbed where the setups run
     * @return the trajectory
     * @throws InterruptedException when interrupted
     */
    public Trajectory run(Testbed testbed) throws InterruptedException {
        return run(testbed.application());
    }

    /**
     * Runs every round, starting from the application's all-remote setup.
     *
     * @param application the application whose setups the measurer measures
     * @return the trajectory
     * @throws InterruptedException when interrupted
     */
    public Trajectory run(Application application) throws InterruptedException {
        RoundEngine engine = new RoundEngine(decider, new MeasuredStage(), RoundEnd.atDeployment(),
                RoundLimits.untilSettled(maxRounds), this::record);
        engine.begin(application);
        RoundsOutcome outcome = engine.run();
        // The decision that ended the rounds may name a version never measured: no later setup may take it.
        Optional.ofNullable(outcome.last()).map(Decision::target)
                .ifPresent(target -> versions.reserveVersionsThrough(target.version()));
        return switch (outcome.ending()) {
            case CONVERGED -> new Trajectory(rounds, outcome.last().target(), outcome.ending(), outcome.reason(),
                    decisions, setAside);
            case DEPLOYMENT_LIMIT -> finish(engine, outcome.ending(),
                    "stopped at the limit of " + maxRounds + " deployed setups");
            default -> finish(engine, outcome.ending(), "stopped: " + outcome.reason());
        };
    }

    private void record(LoopState state, Decision decision) {
        String text = "round " + rounds.size() + ": " + decision.text();
        decisions.add(text);
        log.accept(text);
        observer.decided(state, decision);
    }

    private Trajectory finish(RoundEngine engine, RoundsOutcome.Ending ending, String conclusion) {
        Setup best = engine.best().map(DeployedSetup::setup).orElse(rounds.get(0).setup());
        return new Trajectory(rounds, best, ending, conclusion + "; best measured: v" + best.version(), decisions,
                setAside);
    }

    /** Measures each setup the engine deploys under the round's workload, deployed fresh. */
    private final class MeasuredStage implements SetupStage {

        @Override
        public Setup deploy(Setup setup) throws InterruptedException {
            int round = rounds.size() + 1;
            SaturatedRoundRetry.RoundMeasurement measurement = measurer.measure(SetupRun.roundName(round), setup,
                    load);
            measurement.setAside().ifPresent(first -> setAside.put(round, first));
            rounds.add(measurement.decided());
            observer.roundMeasured(round, measurement.decided());
            return measurement.decided().setup();
        }

        @Override
        public void serveAgain(Setup setup) {
            // Its round was measured already; a rollback only changes what the next decision starts from.
        }

        // Measured versions are retired and quiet, so the statistics taken after each round are final.
        @Override
        public IntFunction<SetupStatistics> measurements() {
            return version -> rounds.stream().filter(m -> m.setup().version() == version).findFirst()
                    .map(Measurement::statistics).orElseThrow(() -> new IllegalStateException("no round measured v"
                            + version));
        }
    }
}
