/**
 * Open-loop load generation: workload profiles that yield intended send times
 * ({@link io.fusionize.deploy.load.LoadProfiles}), a generator that sends on schedule through a
 * pluggable {@link io.fusionize.deploy.load.RequestSender}, and results whose latency is
 * measured from the intended send time, which corrects for coordinated omission.
 *
 * <p>What is sent: {@link io.fusionize.deploy.load.LoadRequests} draws request number n from the
 * application's request source (or a JSONL {@link io.fusionize.deploy.load.RequestFile}) with a
 * random derived from the seed and n, and {@link io.fusionize.deploy.load.GatewayRequestSender}
 * posts it to the gateway. Numbering restarts at 0 for every round and every measured setup.
 */
package io.fusionize.deploy.load;
