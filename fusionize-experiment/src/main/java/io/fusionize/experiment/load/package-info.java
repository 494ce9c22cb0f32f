/**
 * Open-loop load generation: workload profiles that yield intended send times
 * ({@link io.fusionize.experiment.load.LoadProfiles}), a generator that sends on schedule through a
 * pluggable {@link io.fusionize.experiment.load.RequestSender}, and results whose latency is
 * measured from the intended send time, which corrects for coordinated omission.
 */
package io.fusionize.experiment.load;
