package io.fusionize.monitor;

/**
 * Order statistics of a set of durations, in milliseconds. Percentiles use the nearest-rank
 * method, so every reported value was actually observed.
 *
 * @param count how many values were observed
 * @param meanMs the arithmetic mean
 * @param p50Ms the median
 * @param p95Ms the 95th percentile
 * @param p99Ms the 99th percentile
 * @param maxMs the largest value
 */
public record DurationSummary(long count, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    private static final DurationSummary EMPTY = new DurationSummary(0, 0, 0, 0, 0, 0);

    /** @return the summary of no observations; every statistic is zero */
    public static DurationSummary empty() {
        return EMPTY;
    }

    /** @return whether no value was observed */
    public boolean isEmpty() {
        return count == 0;
    }
}
