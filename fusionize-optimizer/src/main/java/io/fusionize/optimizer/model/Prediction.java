package io.fusionize.optimizer.model;

import io.fusionize.core.setup.Setup;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the {@link PerformanceModel} forecasts for a setup before it is deployed. With several entry
 * tasks, latencies are the entries' forecasts weighted by their share of root requests, and the
 * cost is that of 1,000 root requests of the mix.
 *
 * @param setup the setup
 * @param rootLatencyP50Ms the forecast median duration of the root function, the latency users see
 *     minus the gateway's share
 * @param rootLatencyMeanMs the forecast mean duration of the root function
 * @param costPer1000RootRequestsUsd the forecast cost of 1,000 root requests, every invocation they
 *     cause included
 * @param functions the forecast per function that root requests reach
 * @param entries the forecast per entry task, busiest first; empty when not split by entry
 */
public record Prediction(Setup setup, double rootLatencyP50Ms, double rootLatencyMeanMs,
                         double costPer1000RootRequestsUsd, List<FunctionPrediction> functions,
                         List<EntryPrediction> entries) {

    /** Checks the parts and freezes the lists. */
    public Prediction {
        Objects.requireNonNull(setup, "setup must not be null");
        functions = List.copyOf(Objects.requireNonNull(functions, "functions must not be null"));
        entries = List.copyOf(Objects.requireNonNull(entries, "entries must not be null"));
    }

    /**
     * A forecast not split by entry task.
     *
     * @param setup the setup
     * @param rootLatencyP50Ms the forecast median duration of the root function
     * @param rootLatencyMeanMs the forecast mean duration of the root function
     * @param costPer1000RootRequestsUsd the forecast cost of 1,000 root requests
     * @param functions the forecast per function that root requests reach
     */
    public Prediction(Setup setup, double rootLatencyP50Ms, double rootLatencyMeanMs,
                      double costPer1000RootRequestsUsd, List<FunctionPrediction> functions) {
        this(setup, rootLatencyP50Ms, rootLatencyMeanMs, costPer1000RootRequestsUsd, functions, List.of());
    }

    /** @return the forecast in a few words, e.g. {@code predicted p50 42.0 ms, $0.0310/1k} */
    public String summary() {
        return String.format(Locale.ROOT, "predicted p50 %.1f ms, $%.4f/1k", rootLatencyP50Ms,
                costPer1000RootRequestsUsd);
    }

    /**
     * @param headroom the factor a function's memory must exceed its tasks' measured need by
     * @return whether every function has that much memory; a function with unknown need fits
     */
    public boolean fitsInMemory(double headroom) {
        return functions.stream().allMatch(f -> f.memoryMb() >= headroom * f.memoryNeedMb());
    }

    @Override
    public String toString() {
        return summary() + " for " + io.fusionize.core.setup.SetupText.format(setup);
    }
}
