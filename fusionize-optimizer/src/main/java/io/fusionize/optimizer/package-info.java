/**
 * Optimizers: an {@link io.fusionize.optimizer.Optimizer} reads the {@link io.fusionize.optimizer.History}
 * of deployed setups and their measurements and proposes the next setup, or says it has converged.
 * {@link io.fusionize.optimizer.FusionizeHeuristic} is the Fusionize++ heuristic;
 * {@link io.fusionize.optimizer.SetupJudge} decides whether a setup is bad and which one is best;
 * {@link io.fusionize.optimizer.Goal} names what the best setup is best at;
 * {@link io.fusionize.optimizer.model.ModelOptimizer} forecasts setups with a performance model
 * before deploying them.
 */
package io.fusionize.optimizer;
