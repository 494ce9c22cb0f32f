/**
 * {@code fusionize explore}: the oracle; measures the setups of an application on the local
 * platform and writes the Pareto front of latency and cost, and the best setup per objective.
 */
package io.fusionize.cli.explore;
