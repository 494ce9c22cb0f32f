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
 * @param p50LowMs the lower bound of a distribution-free 95 % confidence interval of the median
 * @param p50HighMs its upper bound: another sample of the same setup would most likely have its
 *     median between the two, which is what tells a real difference from noise
 */
public record DurationSummary(long count, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                              double p50LowMs, double p50HighMs) {

    private static final DurationSummary EMPTY = new DurationSummary(0, 0, 0, 0, 0, 0);

    /**
     * A summary whose median is taken as exact: its confidence interval is the median itself.
     *
     * @param count how many values were observed
     * @param meanMs the arithmetic mean
     * @param p50Ms the median
     * @param p95Ms the 95th percentile
     * @param p99Ms the 99th percentile
     * @param maxMs the largest value
     */
    public DurationSummary(long count, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
        this(count, meanMs, p50Ms, p95Ms, p99Ms, maxMs, p50Ms, p50Ms);
    }

    /** @return the summary of no observations; every statistic is zero */
    public static DurationSummary empty() {
        return EMPTY;
    }

    /** @return whether no value was observed */
    public boolean isEmpty() {
        return count == 0;
    }
}
