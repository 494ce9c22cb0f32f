package io.fusionize.experiment.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.deploy.loop.Decision;
import io.fusionize.deploy.loop.LoopEntry;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.deploy.loop.RoundDecider;
import io.fusionize.experiment.report.SetupRun;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;

/**
 * Drives the optimizer round by round, as the control loop does, but measures every round's setup
 * under a steady load of its own: deploy, measure, let the {@link RoundDecider} judge the setup and
 * ask the optimizer for the next one, roll back a setup that failed, until the optimizer converges
 * or the round limit is reached. A round during which the machine saturated is measured once more
 * (see {@link SaturatedRoundRetry}); the trajectory keeps both measurements.
 */
public final class OptimizationRounds {

    private final SaturatedRoundRetry measurer;
    private final RoundDecider decider;
    private final SetupMeasurer.BoundedLoad load;
    private final int maxRounds;
    private final Consumer<String> log;
    private final List<Measurement> rounds = new ArrayList<>();
    private final List<String> decisions = new ArrayList<>();
    private final Map<Integer, Measurement> setAside = new TreeMap<>();
    private LoopState state;

    /**
     * @param measurer measures each round's setup
     * @param decider judges setups and asks the optimizer
     * @param load each round's load
     * @param maxRounds the most setups to deploy
     * @param log receives every decision in words
     */
    public OptimizationRounds(Measurer measurer, RoundDecider decider, SetupMeasurer.BoundedLoad load,
            int maxRounds, Consumer<String> log) {
        this.measurer = new SaturatedRoundRetry(Objects.requireNonNull(measurer, "measurer must not be null"), log);
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
        Setup initial = SetupGenerators.allRemote(testbed.application());
        state = LoopState.initial(initial.application());
        deployRound(initial, "initial setup: every task in its own function, every call remote");
        while (true) {
            Decision decision = decider.decide(state, this::statisticsOf);
            String text = "round " + rounds.size() + ": " + decision.text();
            decisions.add(text);
            log.accept(text);
            switch (decision.kind()) {
                case DEPLOY -> {
                    if (rounds.size() >= maxRounds) {
                        return finish(false, "stopped at the limit of " + maxRounds + " deployed setups");
                    }
                    deployRound(decision.target(), decision.text());
                }
                case ROLLBACK -> state = state.withBad(state.currentVersion(), decision.text())
                        .withCurrent(decision.target().version()).nextRound();
                case CONVERGE -> {
                    return new Trajectory(rounds, decision.target(), true, decision.text(), decisions, setAside);
                }
                default -> {
                    return finish(false, "stopped: " + decision.text());
                }
            }
        }
    }

    private void deployRound(Setup setup, String why) throws InterruptedException {
        int round = rounds.size() + 1;
        SaturatedRoundRetry.RoundMeasurement measurement = measurer.measure(SetupRun.roundName(round), setup, load);
        measurement.setAside().ifPresent(first -> setAside.put(round, first));
        Measurement measured = measurement.decided();
        rounds.add(measured);
        state = state.withDeployed(new LoopEntry(measured.setup(), why, false, null)).nextRound();
    }

    private Trajectory finish(boolean converged, String conclusion) {
        Setup best = decider.best(RoundDecider.history(state, this::statisticsOf))
                .map(DeployedSetup::setup).orElse(rounds.get(0).setup());
        return new Trajectory(rounds, best, converged, conclusion + "; best measured: v" + best.version(), decisions,
                setAside);
    }

    // Measured versions are retired and quiet, so the statistics taken after each round are final.
    private SetupStatistics statisticsOf(int version) {
        return rounds.stream().filter(m -> m.setup().version() == version).findFirst()
                .map(Measurement::statistics).orElseThrow(() -> new IllegalStateException("no round measured v"
                        + version));
    }
}
