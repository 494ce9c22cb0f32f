package io.fusionize.monitor.internal;

import io.fusionize.monitor.DurationSummary;
import java.util.Arrays;

/** Builds {@link DurationSummary} values from raw observations. */
public final class Summaries {

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
                percentile(sorted, 99), sorted[sorted.length - 1]);
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
