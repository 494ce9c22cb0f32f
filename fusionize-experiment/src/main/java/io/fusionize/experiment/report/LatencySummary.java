package io.fusionize.experiment.report;

import java.util.Objects;

import io.fusionize.deploy.load.LoadResult;

/**
 * The latency percentiles a report shows, in milliseconds; NaN when no request succeeded.
 *
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 */
public record LatencySummary(double p50, double p95, double p99) {

    /**
     * @param load a load run's result
     * @return its corrected latency percentiles
     */
    public static LatencySummary corrected(LoadResult load) {
        Objects.requireNonNull(load, "load must not be null");
        return new LatencySummary(load.latencyMillis(50), load.latencyMillis(95), load.latencyMillis(99));
    }

    /**
     * @param load a load run's result
     * @return its uncorrected service-time percentiles
     */
    public static LatencySummary uncorrected(LoadResult load) {
        Objects.requireNonNull(load, "load must not be null");
        return new LatencySummary(load.serviceTimeMillis(50), load.serviceTimeMillis(95), load.serviceTimeMillis(99));
    }
}
