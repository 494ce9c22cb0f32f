package io.fusionize.experiment.explore;

import java.util.Arrays;

/**
 * The latency figures of one measured setup, in milliseconds, from its successful requests:
 * nearest-rank percentiles, so that every figure was observed, and a distribution-free 95 %
 * confidence interval of the median, from the order statistics whose ranks lie 1.96 standard
 * deviations of a Binomial(n, 1/2) below and above n/2, the rule the monitor uses. All NaN when no
 * request succeeded.
 *
 * @param p50Ms the median
 * @param p95Ms the 95th percentile
 * @param p50LowMs the lower bound of the median's 95 % confidence interval
 * @param p50HighMs its upper bound
 */
public record LatencyFigures(double p50Ms, double p95Ms, double p50LowMs, double p50HighMs) {

    private static final double Z_95 = 1.96;
    private static final LatencyFigures NONE = new LatencyFigures(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /**
     * @param latenciesMs the latencies, in any order; not modified
     * @return their figures
     */
    public static LatencyFigures of(double[] latenciesMs) {
        if (latenciesMs.length == 0) {
            return NONE;
        }
        double[] sorted = latenciesMs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double spread = Z_95 * Math.sqrt(n) / 2;
        int low = (int) Math.floor(n / 2.0 - spread);
        int high = (int) Math.ceil(n / 2.0 + 1 + spread);
        return new LatencyFigures(percentile(sorted, 50), percentile(sorted, 95), atRank(sorted, low),
                atRank(sorted, high));
    }

    private static double percentile(double[] sorted, double percent) {
        return atRank(sorted, (int) Math.ceil(percent / 100.0 * sorted.length));
    }

    private static double atRank(double[] sorted, int rank) {
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
