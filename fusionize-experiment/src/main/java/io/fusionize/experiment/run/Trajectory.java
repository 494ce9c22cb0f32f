package io.fusionize.experiment.run;

import java.util.List;
import java.util.Objects;

import io.fusionize.core.setup.Setup;

/**
 * The optimizer's path: every round's measured setup, and the setup it ended with.
 *
 * @param rounds each round's measurement, in order; round N is element N-1
 * @param best the best setup, which the experiment measures again as {@code optimized}
 * @param converged whether the optimizer said it converged, rather than the round limit stopping it
 * @param conclusion why exploration ended, in words
 * @param decisions every round's decision, in words
 */
public record Trajectory(List<Measurement> rounds, Setup best, boolean converged, String conclusion,
        List<String> decisions) {

    /** Checks the parts and freezes the lists. */
    public Trajectory {
        rounds = List.copyOf(rounds);
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(best, "best must not be null");
        Objects.requireNonNull(conclusion, "conclusion must not be null");
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a trajectory has at least the initial round");
        }
    }

    /** @return how many setups the optimizer deployed */
    public int deployments() {
        return rounds.size();
    }
}
