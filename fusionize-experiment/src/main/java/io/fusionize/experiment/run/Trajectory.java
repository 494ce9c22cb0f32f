package io.fusionize.experiment.run;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.loop.RoundsOutcome;

/**
 * The optimizer's path: every round's measured setup, and the setup it ended with.
 *
 * @param rounds each round's measurement, in order; round N is element N-1
 * @param best the best setup, which the experiment measures again as {@code optimized}
 * @param ending what ended the rounds: the optimizer converging, the deployment limit, or another stop
 * @param conclusion why exploration ended, in words
 * @param decisions every round's decision, in words
 * @param setAside the rounds measured twice, by round number, with their first measurement, during
 *     which the machine saturated; {@code rounds} holds the second
 */
public record Trajectory(List<Measurement> rounds, Setup best, RoundsOutcome.Ending ending, String conclusion,
        List<String> decisions, Map<Integer, Measurement> setAside) {

    /** Checks the parts and freezes the collections. */
    public Trajectory {
        rounds = List.copyOf(rounds);
        decisions = List.copyOf(decisions);
        setAside = Collections.unmodifiableMap(new TreeMap<>(setAside));
        Objects.requireNonNull(best, "best must not be null");
        Objects.requireNonNull(ending, "ending must not be null");
        Objects.requireNonNull(conclusion, "conclusion must not be null");
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a trajectory has at least the initial round");
        }
    }

    /**
     * A trajectory whose every round was measured once.
     *
     * @param rounds each round's measurement, in order
     * @param best the best setup
     * @param ending what ended the rounds
     * @param conclusion why exploration ended, in words
     * @param decisions every round's decision, in words
     */
    public Trajectory(List<Measurement> rounds, Setup best, RoundsOutcome.Ending ending, String conclusion,
            List<String> decisions) {
        this(rounds, best, ending, conclusion, decisions, Map.of());
    }

    /** @return whether the optimizer said it converged, rather than a limit or a stop ending the rounds */
    public boolean converged() {
        return ending == RoundsOutcome.Ending.CONVERGED;
    }

    /** @return how many setups the optimizer deployed; a round measured twice counts once */
    public int deployments() {
        return rounds.size();
    }
}
