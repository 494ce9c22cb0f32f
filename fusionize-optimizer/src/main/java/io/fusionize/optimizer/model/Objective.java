package io.fusionize.optimizer.model;

import io.fusionize.optimizer.Goal;
import java.util.Locale;

/**
 * The number setups are ranked by, lower being better. For {@link Goal#BALANCED} it is a weighted
 * sum of latency and cost, each relative to a reference setup's, so that 1.0 means "as good as the
 * reference". For another goal it is the figure the goal minimizes, relative to the reference's;
 * a setup that misses the goal's bound scores {@link #MISS_SCALE} × (1 + its relative miss), above
 * any setup that meets it and lower the closer it comes.
 *
 * @param latencyWeight the weight of relative latency; relative cost gets the rest
 * @param referenceLatencyMs the reference setup's median root latency
 * @param referenceCostUsd the reference setup's cost per 1,000 root requests
 * @param goal what to aim for
 * @param p95PerP50 the reference setup's measured p95 over its p50, which turns a forecast median
 *     into a forecast p95
 */
record Objective(double latencyWeight, double referenceLatencyMs, double referenceCostUsd, Goal goal,
                 double p95PerP50) {

    /** The score of a setup missing a bound by nothing, far above any setup that meets it. */
    static final double MISS_SCALE = 1000;

    Objective {
        if (referenceLatencyMs <= 0 || referenceCostUsd <= 0) {
            throw new IllegalArgumentException("the reference setup needs a positive latency and cost, had "
                    + referenceLatencyMs + " ms and $" + referenceCostUsd);
        }
    }

    Objective(double latencyWeight, double referenceLatencyMs, double referenceCostUsd) {
        this(latencyWeight, referenceLatencyMs, referenceCostUsd, Goal.BALANCED, 1);
    }

    static Objective relativeTo(Prediction reference, double latencyWeight) {
        return new Objective(latencyWeight, reference.rootLatencyP50Ms(), reference.costPer1000RootRequestsUsd());
    }

    double score(Prediction prediction) {
        return score(prediction.rootLatencyP50Ms(), prediction.costPer1000RootRequestsUsd());
    }

    // The model forecasts no p95: the reference's measured p95/p50 stands in.
    double score(double latencyMs, double costUsd) {
        return score(latencyMs, latencyMs * p95PerP50, costUsd);
    }

    double score(double p50Ms, double p95Ms, double costUsd) {
        if (goal.balanced()) {
            return latencyWeight * p50Ms / referenceLatencyMs + (1 - latencyWeight) * costUsd / referenceCostUsd;
        }
        double miss = goal.miss(p95Ms, costUsd);
        if (miss > 0) {
            return MISS_SCALE * (1 + miss);
        }
        return goal.minimizesCost() ? costUsd / referenceCostUsd : p50Ms / referenceLatencyMs;
    }

    double score(Measured measured) {
        return score(measured.p50Ms(), measured.p95Ms(), measured.costUsd());
    }

    boolean misses(Measured measured) {
        return goal.miss(measured.p95Ms(), measured.costUsd()) > 0;
    }

    String describe() {
        if (goal.balanced()) {
            return String.format(Locale.ROOT, "%.2f x latency + %.2f x cost, each relative to",
                    latencyWeight, 1 - latencyWeight);
        }
        String p95 = goal instanceof Goal.P95Bound ? String.format(Locale.ROOT, "; a forecast p95 is the forecast "
                + "p50 x %.2f, the p95/p50 measured on the reference", p95PerP50) : "";
        return goal.label() + " (" + goal.describe() + p95 + "), figures relative to";
    }
}
