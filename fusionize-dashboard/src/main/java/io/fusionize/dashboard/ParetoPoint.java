package io.fusionize.dashboard;

/**
 * One untried setup on the model's Pareto front: none other is forecast both faster and cheaper.
 *
 * @param p50Ms its forecast median root duration
 * @param costPer1kUsd its forecast cost of 1,000 root requests
 * @param setup it in compact text form
 */
public record ParetoPoint(double p50Ms, double costPer1kUsd, String setup) {
}
