package io.fusionize.deploy.load;

import java.util.Objects;

/**
 * How much a workload's arrival rates were multiplied so that the machine can serve them, and why.
 *
 * <p>The tasks' work is never scaled; only the arrival rate is.
 *
 * @param factor the multiplier applied to every arrival rate; in (0, 1]
 * @param basis how the factor was derived, for reports
 */
public record ScaleFactor(double factor, String basis) {

    /** Checks the factor and basis. */
    public ScaleFactor {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1], was " + factor);
        }
        Objects.requireNonNull(basis, "basis must not be null");
    }

    /** @return the factor 1: rates as specified */
    public static ScaleFactor none() {
        return new ScaleFactor(1, "rates as specified");
    }

    /**
     * Derives the factor that keeps the peak arrival rate within what the machine sustains.
     *
     * @param cores the machine's cores
     * @param cpuSecondsPerRequest the CPU time one request needs, e.g. 0.23 for IoT
     * @param peakRate the workload's highest arrival rate, requests per second
     * @param targetUtilization the share of the cores the peak may use, in (0, 1]
     * @return the factor, at most 1
     */
    public static ScaleFactor fit(int cores, double cpuSecondsPerRequest, double peakRate, double targetUtilization) {
        if (cores <= 0 || !(cpuSecondsPerRequest > 0) || !(peakRate > 0)
                || !(targetUtilization > 0 && targetUtilization <= 1)) {
            throw new IllegalArgumentException("cores, cpuSecondsPerRequest and peakRate must be positive and "
                    + "targetUtilization in (0, 1]; were " + cores + ", " + cpuSecondsPerRequest + ", " + peakRate
                    + ", " + targetUtilization);
        }
        double sustainable = cores * targetUtilization / cpuSecondsPerRequest;
        double factor = Math.min(1, sustainable / peakRate);
        return new ScaleFactor(factor, cores + " cores x " + Numbers.compact(targetUtilization) + " target utilization / "
                + Numbers.compact(cpuSecondsPerRequest) + " CPU-s per request = " + Numbers.compact(sustainable)
                + " req/s sustainable; peak " + Numbers.compact(peakRate) + " req/s -> rates x " + Numbers.compact(factor));
    }

    /**
     * @param profile a workload
     * @return a rate profile with its rates multiplied; any other profile unchanged, since cold-start
     *     and replay timings are given by the caller
     */
    public LoadProfile applyTo(LoadProfile profile) {
        Objects.requireNonNull(profile, "profile must not be null");
        return profile instanceof RateProfile rates ? rates.scaled(factor) : profile;
    }
}
