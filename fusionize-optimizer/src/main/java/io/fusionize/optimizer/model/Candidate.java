package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;

/**
 * A setup the search evaluated, with its forecast and objective score.
 *
 * @param setup the setup
 * @param prediction its forecast
 * @param score its objective score; lower is better
 */
record Candidate(Setup setup, Prediction prediction, double score) {

    boolean dominates(Candidate other) {
        double latency = prediction.rootLatencyP50Ms();
        double cost = prediction.costPer1000RootRequestsUsd();
        double otherLatency = other.prediction.rootLatencyP50Ms();
        double otherCost = other.prediction.costPer1000RootRequestsUsd();
        return latency <= otherLatency && cost <= otherCost && (latency < otherLatency || cost < otherCost);
    }
}
