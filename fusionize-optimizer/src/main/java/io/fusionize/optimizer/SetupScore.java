package io.fusionize.optimizer;

import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.SetupStatistics;
import java.util.Locale;

/**
 * The figures setups are ranked by. With several entry tasks, the median is the traffic-weighted
 * mean of the entries' medians and the cost is that of 1,000 root requests of the measured mix (see
 * {@link SetupStatistics#rankedLatency()}).
 *
 * @param setupVersion the setup version
 * @param sampleSize complete root requests measured
 * @param medianLatencyMs the median root latency
 * @param costPer1000RootRequestsUsd the cost of 1,000 root requests, over every entry
 * @param errorRatio the larger of the invocation and the client error ratio
 * @param medianLowMs the lower bound of the median's 95 % confidence interval
 * @param medianHighMs its upper bound
 */
public record SetupScore(int setupVersion, long sampleSize, double medianLatencyMs,
                         double costPer1000RootRequestsUsd, double errorRatio, double medianLowMs,
                         double medianHighMs) {

    /**
     * A score whose median is taken as exact.
     *
     * @param setupVersion the setup version
     * @param sampleSize complete root requests measured
     * @param medianLatencyMs the median root latency
     * @param costPer1000RootRequestsUsd the cost of 1,000 root requests
     * @param errorRatio the larger of the invocation and the client error ratio
     */
    public SetupScore(int setupVersion, long sampleSize, double medianLatencyMs, double costPer1000RootRequestsUsd,
            double errorRatio) {
        this(setupVersion, sampleSize, medianLatencyMs, costPer1000RootRequestsUsd, errorRatio, medianLatencyMs,
                medianLatencyMs);
    }

    /**
     * @param statistics a setup's statistics
     * @return its score, with latency as {@link SetupStatistics#medianLatencyMs()} defines it
     */
    public static SetupScore of(SetupStatistics statistics) {
        return of(statistics, statistics.rankedLatency());
    }

    /**
     * @param statistics a setup's statistics
     * @return its score, with latency as the root function's median duration (with several entry
     *     tasks, the traffic-weighted mean of their root functions' medians)
     */
    public static SetupScore ofRootDuration(SetupStatistics statistics) {
        return of(statistics, statistics.rankedRootDuration());
    }

    private static SetupScore of(SetupStatistics s, DurationSummary latency) {
        return new SetupScore(s.setupVersion(), s.sampleSize(), latency.p50Ms(), s.costPer1000RootRequestsUsd(),
                Math.max(s.errorRatio(), s.clientErrorRatio()), Math.min(latency.p50Ms(), latency.p50LowMs()),
                Math.max(latency.p50Ms(), latency.p50HighMs()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "v%d: median %.1f ms, $%.4f per 1,000 requests, %.2f %% errors, n=%d",
                setupVersion, medianLatencyMs, costPer1000RootRequestsUsd, errorRatio * 100, sampleSize);
    }
}
