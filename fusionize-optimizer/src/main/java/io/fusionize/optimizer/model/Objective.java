package io.fusionize.optimizer.model;

import java.util.Locale;

/**
 * The number setups are ranked by: a weighted sum of latency and cost, each relative to a
 * reference setup's, so that 1.0 means "as good as the reference" and lower is better.
 *
 * @param latencyWeight the weight of relative latency; relative cost gets the rest
 * @param referenceLatencyMs the reference setup's median root latency
 * @param referenceCostUsd the reference setup's cost per 1,000 root requests
 */
record Objective(double latencyWeight, double referenceLatencyMs, double referenceCostUsd) {

    Objective {
        if (referenceLatencyMs <= 0 || referenceCostUsd <= 0) {
            throw new IllegalArgumentException("the reference setup needs a positive latency and cost, had "
                    + referenceLatencyMs + " ms and $" + referenceCostUsd);
        }
    }

    static Objective relativeTo(Prediction reference, double latencyWeight) {
        return new Objective(latencyWeight, reference.rootLatencyP50Ms(), reference.costPer1000RootRequestsUsd());
    }

    double score(Prediction prediction) {
        return score(prediction.rootLatencyP50Ms(), prediction.costPer1000RootRequestsUsd());
    }

    double score(double latencyMs, double costUsd) {
        return latencyWeight * latencyMs / referenceLatencyMs + (1 - latencyWeight) * costUsd / referenceCostUsd;
    }

    String describe() {
        return String.format(Locale.ROOT, "%.2f x latency + %.2f x cost, each relative to",
                latencyWeight, 1 - latencyWeight);
    }
}
