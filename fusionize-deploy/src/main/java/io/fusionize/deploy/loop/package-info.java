/**
 * Rounds of optimization and the control loop behind {@code fusionize run}.
 *
 * <p>{@link io.fusionize.deploy.loop.RoundEngine} is the one round state machine: deploy, measure,
 * decide ({@link io.fusionize.deploy.loop.RoundDecider}), then deploy the next setup, roll a bad
 * one back or converge. A {@link io.fusionize.deploy.loop.MeasurementStack} owns what rounds are
 * measured on: the monitor, the deployer, the version router and the gateway.
 * {@link io.fusionize.deploy.loop.ControlLoop} runs the engine on live requests and persists every
 * decision so a restart resumes where it stopped; experiments run it with a workload per round.
 */
package io.fusionize.deploy.loop;
