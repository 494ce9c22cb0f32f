package io.fusionize.optimizer;

import io.fusionize.monitor.SetupStatistics;
import java.util.Locale;

/**
 * The figures setups are ranked by.
 *
 * @param setupVersion the setup version
 * @param sampleSize complete root requests measured
 * @param medianLatencyMs the median root latency
 * @param costPer1000RootRequestsUsd the cost of 1,000 root requests
 * @param errorRatio the larger of the invocation and the client error ratio
 */
public record SetupScore(int setupVersion, long sampleSize, double medianLatencyMs,
                         double costPer1000RootRequestsUsd, double errorRatio) {

    /**
     * @param statistics a setup's statistics
     * @return its score, with latency as {@link SetupStatistics#medianLatencyMs()} defines it
     */
    public static SetupScore of(SetupStatistics statistics) {
        return of(statistics, statistics.medianLatencyMs());
    }

    /**
     * @param statistics a setup's statistics
     * @return its score, with latency as the root function's median duration
     */
    public static SetupScore ofRootDuration(SetupStatistics statistics) {
        return of(statistics, statistics.rootDuration().p50Ms());
    }

    private static SetupScore of(SetupStatistics s, double latencyMs) {
        return new SetupScore(s.setupVersion(), s.sampleSize(), latencyMs, s.costPer1000RootRequestsUsd(),
                Math.max(s.errorRatio(), s.clientErrorRatio()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "v%d: median %.1f ms, $%.4f per 1,000 requests, %.2f %% errors, n=%d",
                setupVersion, medianLatencyMs, costPer1000RootRequestsUsd, errorRatio * 100, sampleSize);
    }
}
