package io.fusionize.optimizer.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits a task's own duration into waiting and CPU work by least squares over the memory sizes it
 * was measured at: {@code own(m) = wait + cpu * slowdown(m, threads)}, with both parts at least
 * zero. Every thread count the platform can serve is tried; the best fit wins and ties go to fewer
 * threads, so a task measured only at or below one vCPU counts as single-threaded.
 */
final class CpuWaitFit {

    private static final double FLAT = 1e-9;

    private CpuWaitFit() {
    }

    /**
     * The fitted split.
     *
     * @param waitMs waiting per run
     * @param cpuMs CPU work per run, on one vCPU
     * @param threads threads busy at once
     * @param splitKnown whether two sizes with different CPU shares were measured
     * @param ownBySize the mean own duration per measured size
     */
    record Split(double waitMs, double cpuMs, int threads, boolean splitKnown, SortedMap<Integer, Double> ownBySize) {
    }

    static Split fit(List<SoloObservation> observations, ModelOptions options) {
        SortedMap<Integer, Double> ownBySize = meanBySize(observations);
        Split best = null;
        double bestError = Double.MAX_VALUE;
        for (int threads = 1; threads <= Math.ceil(options.maxVcpus()); threads++) {
            double[] x = slowdowns(ownBySize, options, threads);
            if (spread(x) < FLAT) {
                continue;
            }
            double[] line = fitLine(x, values(ownBySize));
            double error = squaredError(x, values(ownBySize), line);
            if (error < bestError * (1 - 1e-6) - FLAT) {
                bestError = error;
                best = new Split(line[0], line[1], threads, true, ownBySize);
            }
        }
        if (best != null) {
            return best;
        }
        double mean = ownBySize.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Split(mean, 0, 1, false, ownBySize);
    }

    private static SortedMap<Integer, Double> meanBySize(List<SoloObservation> observations) {
        SortedMap<Integer, double[]> sums = new TreeMap<>();
        for (SoloObservation o : observations) {
            double[] sum = sums.computeIfAbsent(o.memoryMb(), size -> new double[2]);
            sum[0] += o.ownMs() * o.runs();
            sum[1] += o.runs();
        }
        SortedMap<Integer, Double> means = new TreeMap<>();
        sums.forEach((size, sum) -> means.put(size, sum[0] / sum[1]));
        return means;
    }

    private static double[] slowdowns(SortedMap<Integer, Double> ownBySize, ModelOptions options, int threads) {
        return ownBySize.keySet().stream().mapToDouble(size -> options.cpuSlowdown(size, threads)).toArray();
    }

    private static double[] values(SortedMap<Integer, Double> ownBySize) {
        return ownBySize.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double spread(double[] x) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }

    // Least squares for y = wait + cpu * x, both clamped at zero.
    private static double[] fitLine(double[] x, double[] y) {
        double xMean = mean(x);
        double yMean = mean(y);
        double sxy = 0;
        double sxx = 0;
        double xy = 0;
        double xx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - xMean) * (y[i] - yMean);
            sxx += (x[i] - xMean) * (x[i] - xMean);
            xy += x[i] * y[i];
            xx += x[i] * x[i];
        }
        double cpu = sxy / sxx;
        double wait = yMean - cpu * xMean;
        if (cpu < 0) {
            return new double[] {yMean, 0};
        }
        if (wait < 0) {
            return new double[] {0, xy / xx};
        }
        return new double[] {wait, cpu};
    }

    private static double squaredError(double[] x, double[] y, double[] line) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double residual = y[i] - line[0] - line[1] * x[i];
            sum += residual * residual;
        }
        return sum;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
