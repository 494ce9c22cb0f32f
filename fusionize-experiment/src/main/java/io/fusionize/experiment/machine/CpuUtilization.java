package io.fusionize.experiment.machine;

import java.util.List;

/**
 * How busy the machine's CPUs were during a run.
 *
 * @param mean the busy share over the whole run, in [0, 1]; NaN when not measured
 * @param peak the busiest sampling interval's share, in [0, 1]; NaN when not measured
 * @param busyShare the share of sampling intervals at or above {@link #BUSY_INTERVAL}, in [0, 1]
 * @param intervals how many sampling intervals were measured
 */
public record CpuUtilization(double mean, double peak, double busyShare, int intervals) {

    /** A mean at or above this counts as saturated. */
    public static final double SATURATED_MEAN = 0.90;
    /** An interval at or above this counts as a busy interval. */
    public static final double BUSY_INTERVAL = 0.95;
    /** A run with at least this share of busy intervals counts as saturated. */
    public static final double SATURATED_BUSY_SHARE = 0.25;

    /** Checks that measured values are shares. */
    public CpuUtilization {
        if (intervals < 0) {
            throw new IllegalArgumentException("intervals must not be negative, was " + intervals);
        }
        if (intervals > 0) {
            requireShare("mean", mean);
            requireShare("peak", peak);
            requireShare("busyShare", busyShare);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }

    /** @return a value saying that nothing was measured, e.g. where {@code /proc/stat} is missing */
    public static CpuUtilization notMeasured() {
        return new CpuUtilization(Double.NaN, Double.NaN, 0, 0);
    }

    /**
     * Pools the utilization of several runs, e.g. the repeated blocks of one setup, as if their
     * sampling intervals formed one run: the mean and the busy share are weighted by intervals, so
     * that they are the machine's over all the time sampled; the peak is the busiest interval of any.
     *
     * @param runs each run's utilization; runs that were not measured are left out
     * @return the pooled utilization, not measured when no run was
     */
    public static CpuUtilization pooled(List<CpuUtilization> runs) {
        List<CpuUtilization> measured = runs.stream().filter(CpuUtilization::measured).toList();
        int intervals = measured.stream().mapToInt(CpuUtilization::intervals).sum();
        if (intervals == 0) {
            return notMeasured();
        }
        double mean = measured.stream().mapToDouble(run -> run.mean * run.intervals).sum() / intervals;
        double busy = measured.stream().mapToDouble(run -> run.busyShare * run.intervals).sum() / intervals;
        double peak = measured.stream().mapToDouble(CpuUtilization::peak).max().orElseThrow();
        return new CpuUtilization(Math.min(1, mean), peak, Math.min(1, busy), intervals);
    }

    /** @return whether the values were measured */
    public boolean measured() {
        return intervals > 0;
    }

    /** @return whether the machine was saturated: its results then reflect CPU contention */
    public boolean saturated() {
        return measured() && (mean >= SATURATED_MEAN || busyShare >= SATURATED_BUSY_SHARE);
    }
}
