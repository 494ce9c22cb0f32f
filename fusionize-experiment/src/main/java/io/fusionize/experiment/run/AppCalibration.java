package io.fusionize.experiment.run;

import java.util.Objects;

/**
 * What one request of an application costs this machine, so that arrival rates can be scaled to
 * what it serves without saturating. The tasks' work itself is never scaled.
 *
 * @param application the application's name
 * @param cpuSecondsPerRequest the CPU time one root request needs, all its tasks together
 * @param maxRoundRate the highest steady rate for optimizer rounds, requests per second; it bounds
 *     how many requests are in flight when requests mostly wait (e.g. Tree's pauses)
 * @param basis where the figures come from, for reports
 */
public record AppCalibration(String application, double cpuSecondsPerRequest, double maxRoundRate, String basis) {

    /** Checks that the figures are positive. */
    public AppCalibration {
        Objects.requireNonNull(application, "application must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        if (!(cpuSecondsPerRequest > 0) || !(maxRoundRate > 0)) {
            throw new IllegalArgumentException("cpuSecondsPerRequest and maxRoundRate must be positive, were "
                    + cpuSecondsPerRequest + " and " + maxRoundRate);
        }
    }

    /**
     * @param application an application's name
     * @return the calibration of the evaluation applications, or a cautious default for others
     */
    public static AppCalibration of(String application) {
        return switch (Objects.requireNonNull(application, "application must not be null")) {
            // 3 x two 7^7 atan*tan workers (~28 ms each) + 2 sieves to 500,000 (~2 ms) + writes.
            case "iot" -> new AppCalibration(application, 0.23, 10,
                    "IoT: about 0.23 CPU-s per request (six 28 ms atan-tan workers, two sieves, writes)");
            // C, F and G each run two 7^7 workers; B, D and E only pause.
            case "tree" -> new AppCalibration(application, 0.17, 2,
                    "Tree: about 0.17 CPU-s per request (six 28 ms atan-tan workers); 1.5 s of pauses per request");
            default -> new AppCalibration(application, 0.25, 4,
                    application + ": not calibrated; assumed 0.25 CPU-s per request");
        };
    }
}
