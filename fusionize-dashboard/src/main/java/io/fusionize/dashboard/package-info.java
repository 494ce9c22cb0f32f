/**
 * The live dashboard: a page on loopback that shows the setup serving now as a graph, every round's
 * decision with its measurement and forecast, charts per round, and live platform figures, updated
 * by server-sent events. Every asset is in the jar.
 *
 * <p>{@link io.fusionize.dashboard.DashboardSession} is what commands use: it follows a control loop
 * ({@link io.fusionize.dashboard.LoopFollower}) or an experiment
 * ({@link io.fusionize.dashboard.ExperimentFollower}), or shows what a state directory holds
 * ({@link io.fusionize.dashboard.StateDirectoryFeed}).
 */
package io.fusionize.dashboard;
