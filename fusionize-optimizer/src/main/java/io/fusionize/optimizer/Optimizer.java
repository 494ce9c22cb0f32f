package io.fusionize.optimizer;

/**
 * Proposes the next setup of an application from what was deployed and measured so far.
 *
 * <p>Implementations are stateless: everything they decide follows from the history, so a
 * control loop that restarts and replays its history gets the same proposal.
 */
public interface Optimizer {

    /**
     * @param history the setups deployed so far, oldest first, with their statistics; it holds at
     *     least the initial setup
     * @return the next setup to deploy, or the verdict that exploration has converged
     * @throws IllegalArgumentException when the history is empty
     * @throws IllegalStateException when the history gives nothing to decide from
     */
    Proposal next(History history);
}
