/**
 * Open-loop load generation: workload profiles that yield intended send times
 * ({@link io.fusionize.deploy.load.LoadProfiles}), a generator that sends on schedule through a
 * pluggable {@link io.fusionize.deploy.load.RequestSender}, and results whose latency is
 * measured from the intended send time, which corrects for coordinated omission.
 */
package io.fusionize.deploy.load;
