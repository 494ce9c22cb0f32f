package io.fusionize.optimizer.model;

import io.fusionize.monitor.SetupStatistics;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A forecast next to what was measured for the same setup, for "predicted vs measured" reports.
 *
 * @param setupVersion the measured setup's version
 * @param predicted the forecast made before it was deployed
 * @param measuredP50Ms the measured median duration of the root function
 * @param measuredCostPer1000Usd the measured cost of 1,000 root requests
 */
public record PredictionCheck(int setupVersion, Prediction predicted, double measuredP50Ms,
                              double measuredCostPer1000Usd) {

    /** Checks the parts. */
    public PredictionCheck {
        Objects.requireNonNull(predicted, "predicted must not be null");
        if (measuredP50Ms <= 0 || measuredCostPer1000Usd <= 0) {
            throw new IllegalArgumentException("measured latency and cost must be positive");
        }
    }

    /**
     * With several entry tasks, the measured median and cost are the entries' own, weighted by the
     * shares the forecast was made for, so that both sides speak of the same mix.
     *
     * @param predicted a forecast
     * @param measured the statistics of the same setup, once deployed
     * @return the two side by side
     * @throws IllegalArgumentException when the statistics hold no root duration or cost
     */
    public static PredictionCheck of(Prediction predicted, SetupStatistics measured) {
        Objects.requireNonNull(predicted, "predicted must not be null");
        Objects.requireNonNull(measured, "measured must not be null");
        if (measured.rootDuration().isEmpty() || measured.costPer1000RootRequestsUsd() <= 0) {
            throw new IllegalArgumentException("v" + measured.setupVersion() + " has no measured root duration "
                    + "or cost to compare the prediction with");
        }
        Optional<EntryMix> mix = EntryMix.of(predicted);
        return new PredictionCheck(measured.setupVersion(), predicted,
                mix.map(m -> m.p50Ms(measured)).orElse(measured.rootDuration().p50Ms()),
                mix.map(m -> m.costUsd(measured)).orElse(measured.costPer1000RootRequestsUsd()));
    }

    /** @return (predicted - measured) / measured median latency */
    public double latencyError() {
        return predicted.rootLatencyP50Ms() / measuredP50Ms - 1;
    }

    /** @return (predicted - measured) / measured cost */
    public double costError() {
        return predicted.costPer1000RootRequestsUsd() / measuredCostPer1000Usd - 1;
    }

    /**
     * @param tolerance a relative error, e.g. 0.10
     * @return whether latency and cost were both predicted within it
     */
    public boolean within(double tolerance) {
        return Math.abs(latencyError()) <= tolerance && Math.abs(costError()) <= tolerance;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "v%d %s; measured p50 %.1f ms, $%.4f/1k (latency %+.1f %%, cost %+.1f %%)",
                setupVersion, predicted.summary(), measuredP50Ms, measuredCostPer1000Usd, latencyError() * 100,
                costError() * 100);
    }
}
