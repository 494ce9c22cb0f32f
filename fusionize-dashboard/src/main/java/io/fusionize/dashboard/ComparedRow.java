package io.fusionize.dashboard;

import io.fusionize.deploy.load.LoadResult;
import io.fusionize.monitor.SetupStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * One measured block of an experiment's compared setups.
 *
 * @param name the setup's name, e.g. {@code all-remote}
 * @param block the block's number among that setup's blocks
 * @param setup the setup in compact text form
 * @param requests requests sent
 * @param failed requests that failed
 * @param p50Ms median latency as the load generator saw it
 * @param p95Ms 95th percentile latency
 * @param costPer1kUsd cost of 1,000 root requests
 * @param cdf the latency distribution: pairs of latency in ms and the share of requests at or below it
 */
public record ComparedRow(String name, int block, String setup, long requests, long failed, double p50Ms,
        double p95Ms, double costPer1kUsd, List<double[]> cdf) {

    private static final int CDF_STEPS = 50;

    /** Freezes the distribution. */
    public ComparedRow {
        cdf = List.copyOf(cdf);
    }

    /**
     * @param name the setup's name
     * @param block the block's number
     * @param setup the setup in text form
     * @param load what the load generator saw
     * @param statistics what the monitor measured
     * @return the row
     */
    public static ComparedRow of(String name, int block, String setup, LoadResult load, SetupStatistics statistics) {
        List<double[]> cdf = new ArrayList<>();
        if (load.succeeded() > 0) {
            for (int step = 1; step <= CDF_STEPS; step++) {
                double share = (double) step / CDF_STEPS;
                cdf.add(new double[] {load.latencyMillis(share * 100), share});
            }
        }
        double cost = statistics.costPer1000RootRequestsUsd();
        return new ComparedRow(name, block, setup, load.issued(), load.failed(),
                load.succeeded() > 0 ? load.latencyMillis(50) : 0, load.succeeded() > 0 ? load.latencyMillis(95) : 0,
                Double.isFinite(cost) ? cost : 0, cdf);
    }
}
