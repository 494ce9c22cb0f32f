package io.fusionize.monitor.internal;

import io.fusionize.monitor.DurationSummary;
import java.util.Arrays;

/** Builds {@link DurationSummary} values from raw observations. */
public final class Summaries {

    /** The standard normal quantile of a two-sided 95 % interval. */
    private static final double Z_95 = 1.96;

    private Summaries() {
    }

    /**
     * @param values observed durations in milliseconds, in any order; not modified
     * @return their summary, with nearest-rank percentiles
     */
    public static DurationSummary of(double[] values) {
        if (values.length == 0) {
            return DurationSummary.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new DurationSummary(sorted.length, mean(sorted), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1], medianBound(sorted, -1), medianBound(sorted, +1));
    }

    /**
     * @param values observations in any order; not modified
     * @return their nearest-rank median, or 0 when there are none
     */
    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 50);
    }

    /**
     * A bound of the distribution-free 95 % confidence interval of the median: the order statistic
     * whose rank lies 1.96 standard deviations of a Binomial(n, 1/2) below or above n/2.
     *
     * @param sorted values in ascending order, at least one
     * @param side -1 for the lower bound, +1 for the upper bound
     * @return the bound, one of the observed values
     */
    static double medianBound(double[] sorted, int side) {
        int n = sorted.length;
        double spread = Z_95 * Math.sqrt(n) / 2;
        int rank = side < 0 ? (int) Math.floor(n / 2.0 - spread) : (int) Math.ceil(n / 2.0 + 1 + spread);
        return sorted[Math.min(n, Math.max(1, rank)) - 1];
    }

    /**
     * @param sorted values in ascending order, at least one
     * @param percent the percentile, in (0, 100]
     * @return the smallest value with at least {@code percent}% of the values at or below it
     */
    static double percentile(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
