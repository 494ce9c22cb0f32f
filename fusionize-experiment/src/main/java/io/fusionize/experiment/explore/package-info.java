/**
 * The oracle: enumerates an application's setups ({@link io.fusionize.experiment.explore.SetupSpace}),
 * measures a chosen set of them on the local platform ({@link io.fusionize.experiment.explore.Explorer}),
 * and writes the Pareto front of median latency and cost with the best setup per objective
 * ({@link io.fusionize.experiment.explore.Oracle}) as {@code oracle.json}, {@code oracle.md} and
 * {@code front.png}, so that what an optimizer finds can be held against the best setup there is.
 */
package io.fusionize.experiment.explore;
