package io.fusionize.deploy.loop;

import io.fusionize.api.Application;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The round state machine that {@code fusionize run} and the experiments share: deploy a setup,
 * measure it until the round ends, decide, then deploy the optimizer's next setup, roll a bad one
 * back or converge, round after round, until the limits end the rounds.
 *
 * <p>The clients differ only in their collaborators: the {@link SetupStage} says where setups
 * serve and how they are measured, the {@link RoundEnd} when a round may be decided, the
 * {@link RoundLimits} when the rounds stop, and the {@link RoundListener} what is printed or
 * recorded.
 */
public final class RoundEngine {

    /** Why the first setup serves. */
    public static final String INITIAL_REASON = "initial setup: every task in its own function, every call remote";

    private static final Duration POLL = Duration.ofMillis(200);

    private final RoundDecider decider;
    private final SetupStage stage;
    private final RoundEnd end;
    private final RoundLimits limits;
    private final RoundListener listener;
    private volatile LoopState state;
    private volatile boolean stopRequested;
    private volatile RoundsOutcome outcome;

    /**
     * @param decider judges the serving setup and asks the optimizer
     * @param stage where setups serve and are measured
     * @param end when a round may be decided
     * @param limits when the rounds stop
     * @param listener hears every decision
     */
    public RoundEngine(RoundDecider decider, SetupStage stage, RoundEnd end, RoundLimits limits,
            RoundListener listener) {
        this.decider = Objects.requireNonNull(decider, "decider must not be null");
        this.stage = Objects.requireNonNull(stage, "stage must not be null");
        this.end = Objects.requireNonNull(end, "end must not be null");
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
        this.listener = Objects.requireNonNull(listener, "listener must not be null");
    }

    /**
     * Deploys the application's all-remote setup as version 1 and starts its round.
     *
     * @param application the application
     * @return the state with that setup serving
     * @throws InterruptedException when interrupted while the stage measures
     */
    public synchronized LoopState begin(Application application) throws InterruptedException {
        Setup served = stage.deploy(SetupGenerators.allRemote(application).withVersion(1));
        state = LoopState.initial(application.name()).withDeployed(new LoopEntry(served, INITIAL_REASON, false, null));
        end.restart();
        return state;
    }

    /**
     * Continues from a stored state: its serving setup serves again and a new round starts.
     *
     * @param stored a state with a serving setup
     */
    public synchronized void resume(LoopState stored) {
        state = Objects.requireNonNull(stored, "stored must not be null");
        stage.serveAgain(stored.current().setup());
        end.restart();
    }

    /** @return the state; {@code null} before {@link #begin} or {@link #resume} */
    public LoopState state() {
        return state;
    }

    /** @return whether the configured number of rounds has been decided */
    public boolean roundLimitReached() {
        return limits.roundLimitReached(state);
    }

    /** Makes {@link #run()} return after the current round. */
    public void stop() {
        stopRequested = true;
    }

    /**
     * Plays rounds until a decision or a limit ends them, or {@link #stop()} is called.
     *
     * @return how the rounds ended
     * @throws InterruptedException when interrupted
     */
    public RoundsOutcome run() throws InterruptedException {
        while (true) {
            Optional<RoundsOutcome> ended = ended();
            if (ended.isPresent()) {
                return ended.get();
            }
            if (playRoundIfDue().isEmpty()) {
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    /**
     * Decides a round once its end is reached.
     *
     * @return the decision, unless the round goes on measuring
     * @throws InterruptedException when interrupted while the stage measures
     */
    public synchronized Optional<Decision> playRoundIfDue() throws InterruptedException {
        if (outcome != null || !end.reached()) {
            return Optional.empty();
        }
        return Optional.of(playRound()).filter(decision -> !limits.measuresOn(decision));
    }

    /**
     * Decides a round now, whatever its progress, and carries the decision out. A round that has
     * too few samples yet goes on measuring, unless the limits end the rounds once settled.
     *
     * @return the decision
     * @throws InterruptedException when interrupted while the stage measures
     */
    public synchronized Decision playRound() throws InterruptedException {
        Decision decision = decider.decide(state, stage.measurements());
        if (limits.measuresOn(decision)) {
            return decision;
        }
        listener.decided(state, decision);
        Optional<RoundsOutcome.Ending> ending = limits.endingAt(decision, state);
        if (ending.isPresent()) {
            outcome = new RoundsOutcome(ending.get(), decision);
            return decision;
        }
        carryOut(decision);
        state = state.nextRound();
        listener.roundDone(state);
        end.restart();
        return decision;
    }

    /**
     * @return the best setup that is not bad among those with the complete requests a round needs;
     *     empty while none has them
     */
    public Optional<DeployedSetup> best() {
        return decider.bestMeasured(RoundDecider.history(state, stage.measurements()));
    }

    /**
     * The setup the rounds would end on now: the best measured one, or the serving one while none
     * has the complete requests a round needs.
     *
     * @return the final setup
     * @throws IllegalStateException before the first deployment
     */
    public synchronized FinalSetup finalSetup() {
        IntFunction<SetupStatistics> measurements = stage.measurements();
        LoopEntry current = state.current();
        DeployedSetup serving = new DeployedSetup(current.setup(), measurements.apply(state.currentVersion()),
                current.bad());
        Optional<DeployedSetup> best = decider.bestMeasured(RoundDecider.history(state, measurements));
        if (best.isEmpty()) {
            return new FinalSetup(serving, decider.measuredEnough(serving.statistics()), Optional.empty());
        }
        boolean same = best.get().setup().version() == state.currentVersion();
        return new FinalSetup(best.get(), true, same ? Optional.empty() : Optional.of(serving));
    }

    /**
     * Ends the rounds on the {@link #finalSetup() final setup}: when that is not the serving one,
     * e.g. because the last round deployed a setup that was measured only a few times before the
     * loop stopped, the state makes it current again, so that the state and what is reported as
     * final agree. Nothing is redeployed: the rounds are over, and a resumed loop serves the
     * state's current setup again.
     *
     * @return the final setup, now current
     * @throws IllegalStateException before the first deployment
     */
    public synchronized FinalSetup finish() {
        FinalSetup last = finalSetup();
        outcome = outcome != null ? outcome : new RoundsOutcome(RoundsOutcome.Ending.STOPPED, null);
        state = state.withCurrent(last.version());
        return last;
    }

    private Optional<RoundsOutcome> ended() {
        if (outcome != null) {
            return Optional.of(outcome);
        }
        if (stopRequested) {
            return Optional.of(new RoundsOutcome(RoundsOutcome.Ending.STOPPED, null));
        }
        return roundLimitReached() ? Optional.of(new RoundsOutcome(RoundsOutcome.Ending.ROUND_LIMIT, null))
                : Optional.empty();
    }

    private void carryOut(Decision decision) throws InterruptedException {
        switch (decision.kind()) {
            case DEPLOY -> {
                Setup served = stage.deploy(decision.target());
                state = state.withDeployed(new LoopEntry(served, decision.text(), false, null)).withExploring();
            }
            case ROLLBACK -> {
                state = state.withBad(state.currentVersion(), decision.text());
                serveAgain(decision.target());
            }
            case CONVERGE -> {
                state = state.withConverged(decision.text());
                if (decision.target().version() != state.currentVersion()) {
                    serveAgain(decision.target());
                }
            }
            default -> {
                // measuring only: nothing to deploy
            }
        }
    }

    private void serveAgain(Setup setup) {
        stage.serveAgain(setup);
        state = state.withCurrent(setup.version());
    }
}
