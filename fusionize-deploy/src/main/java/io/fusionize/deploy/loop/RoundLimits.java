package io.fusionize.deploy.loop;

import java.util.Optional;

/**
 * When a {@link RoundEngine} stops deciding rounds.
 *
 * @param maxRounds rounds after which the engine stops, or 0 for no limit
 * @param maxDeployments the most setups to deploy, the first included, or 0 for no limit
 * @param untilSettled whether the rounds end at convergence or at a decision that changes nothing,
 *     rather than measuring on; a round then never waits for more samples
 */
public record RoundLimits(int maxRounds, int maxDeployments, boolean untilSettled) {

    /** Checks the parts. */
    public RoundLimits {
        if (maxRounds < 0 || maxDeployments < 0) {
            throw new IllegalArgumentException("limits must not be negative, were " + maxRounds + " and "
                    + maxDeployments);
        }
    }

    /**
     * @param maxRounds rounds after which the engine stops, or 0 for no limit
     * @return limits that keep measuring and monitoring after convergence, as {@code fusionize run} does
     */
    public static RoundLimits continuous(int maxRounds) {
        return new RoundLimits(maxRounds, 0, false);
    }

    /**
     * @param maxDeployments the most setups to deploy, the first included
     * @return limits that end the rounds once exploration settles, as experiments do
     */
    public static RoundLimits untilSettled(int maxDeployments) {
        return new RoundLimits(0, maxDeployments, true);
    }

    /**
     * @param state the engine's state
     * @return whether the configured number of rounds has been decided
     */
    public boolean roundLimitReached(LoopState state) {
        return maxRounds > 0 && state.round() >= maxRounds;
    }

    /**
     * @param decision a round's decision
     * @return whether the round goes on measuring instead of being decided
     */
    boolean measuresOn(Decision decision) {
        return decision.kind() == Decision.Kind.WAIT && !untilSettled;
    }

    /**
     * @param decision a round's decision, not yet carried out
     * @param state the state it was taken in
     * @return how the rounds end with it, if they do
     */
    Optional<RoundsOutcome.Ending> endingAt(Decision decision, LoopState state) {
        if (!untilSettled) {
            return Optional.empty();
        }
        if (decision.kind() == Decision.Kind.CONVERGE) {
            return Optional.of(RoundsOutcome.Ending.CONVERGED);
        }
        if (!decision.kind().changesSetup()) {
            return Optional.of(RoundsOutcome.Ending.SETTLED);
        }
        boolean full = maxDeployments > 0 && state.entries().size() >= maxDeployments;
        return decision.kind() == Decision.Kind.DEPLOY && full
                ? Optional.of(RoundsOutcome.Ending.DEPLOYMENT_LIMIT) : Optional.empty();
    }
}
