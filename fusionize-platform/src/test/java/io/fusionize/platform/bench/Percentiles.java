package io.fusionize.platform.bench;

import java.util.Arrays;

/** Exact percentiles of a set of samples. */
final class Percentiles {

    private final double[] sorted;

    Percentiles(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    /** @param p a percentile, 0 to 100 @return the nearest-rank value */
    double at(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    int count() {
        return sorted.length;
    }
}
