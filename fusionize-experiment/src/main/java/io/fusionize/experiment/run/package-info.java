/**
 * Experiments and the demo on an embedded local platform.
 *
 * <p>{@link io.fusionize.experiment.run.ExperimentRunner} measures, on one workload, the all-remote
 * and all-local baselines, every round of the optimizer (played on the round engine that
 * {@code fusionize run} uses too, {@link io.fusionize.deploy.loop.RoundEngine}, each round under a
 * steady load of its own) and the optimized setup, each deployed fresh on a
 * {@link io.fusionize.experiment.run.Testbed}, and writes the report. {@link io.fusionize.experiment.run.DemoRunner} runs a short experiment on the
 * IoT application and prints the before/after table.
 */
package io.fusionize.experiment.run;
