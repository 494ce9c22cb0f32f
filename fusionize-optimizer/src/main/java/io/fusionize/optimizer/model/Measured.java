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

    /** @return the measured p95, scaled as the median was: the p50 times the root's measured p95/p50 */
    double p95Ms() {
        return p50Ms * p95PerP50(entry.statistics());
    }

    static double p95PerP50(SetupStatistics stats) {
        double p50 = stats.rankedRootDuration().p50Ms();
        double p95 = stats.rankedRootDuration().p95Ms();
        // A summary without a p95 gives no spread to scale by.
        return p50 > 0 && p95 >= p50 ? p95 / p50 : 1;
    }

    int version() {
        return entry.setup().version();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "v%d measured p50 %.1f ms, $%.4f/1k", version(), p50Ms, costUsd);
    }
}
