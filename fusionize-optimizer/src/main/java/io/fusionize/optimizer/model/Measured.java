package io.fusionize.optimizer.model;

import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import java.util.Locale;

/**
 * A deployed setup's measured figures, as the model forecasts them: the root function's median
 * duration and the cost of 1,000 root requests, both weighed by the model's entry mix when root
 * requests start with several entry tasks.
 *
 * @param entry the deployed setup
 * @param p50Ms the root function's measured median duration
 * @param costUsd the measured cost per 1,000 root requests
 */
record Measured(DeployedSetup entry, double p50Ms, double costUsd) {

    static boolean available(DeployedSetup entry) {
        SetupStatistics stats = entry.statistics();
        return !stats.rootDuration().isEmpty() && stats.rootDuration().p50Ms() > 0
                && stats.costPer1000RootRequestsUsd() > 0;
    }

    static Measured of(DeployedSetup entry, EntryMix mix) {
        SetupStatistics stats = entry.statistics();
        return new Measured(entry, mix.p50Ms(stats), mix.costUsd(stats));
    }

    int version() {
        return entry.setup().version();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "v%d measured p50 %.1f ms, $%.4f/1k", version(), p50Ms, costUsd);
    }
}
