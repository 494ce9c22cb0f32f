package io.fusionize.dashboard;

import io.fusionize.monitor.SetupStatistics;
import java.util.List;

/**
 * One round as the page lists and charts it.
 *
 * @param round the round, from 1
 * @param version the setup version measured in it
 * @param setup that setup in compact text form
 * @param kind the decision's kind, e.g. {@code DEPLOY}, or {@code null} before the decision
 * @param decision the decision in words, or {@code null} before it
 * @param diff what the decision changes in the setup, one change each
 * @param samples complete root requests measured
 * @param p50Ms median latency (with several entry tasks, the traffic-weighted mean of their medians), or
 *     {@code null} when nothing was measured
 * @param p95Ms 95th percentile latency, or {@code null}
 * @param costPer1kUsd cost of 1,000 root requests, or {@code null}
 * @param forecastP50Ms the model's forecast of the median root duration before the setup ran, or {@code null}
 * @param forecastCostPer1kUsd the model's forecast of the cost, or {@code null}
 * @param measuredRootP50Ms the measured median root duration, which the forecast predicts, or {@code null}
 */
public record RoundRow(int round, int version, String setup, String kind, String decision, List<String> diff,
        long samples, Double p50Ms, Double p95Ms, Double costPer1kUsd, Double forecastP50Ms,
        Double forecastCostPer1kUsd, Double measuredRootP50Ms) {

    /** Freezes the diff. */
    public RoundRow {
        diff = List.copyOf(diff);
    }

    /**
     * @param round the round
     * @param setupText the setup measured, in text form
     * @param statistics what was measured for it
     * @return a row without a decision yet
     */
    public static RoundRow measured(int round, String setupText, SetupStatistics statistics) {
        boolean any = statistics.sampleSize() > 0;
        // With several entry tasks, the traffic-weighted figures the optimizer ranks and forecasts by.
        var latency = statistics.rankedLatency();
        boolean timed = any && !latency.isEmpty();
        return new RoundRow(round, statistics.setupVersion(), setupText, null, null, List.of(),
                statistics.sampleSize(), timed ? finite(latency.p50Ms()) : null, timed ? finite(latency.p95Ms()) : null,
                any ? finite(statistics.costPer1000RootRequestsUsd()) : null, null, null,
                statistics.rankedRootDuration().isEmpty() ? null : finite(statistics.rankedRootDuration().p50Ms()));
    }

    // JSON has no NaN, and the page would draw nonsense from one.
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /**
     * @param decisionKind the decision's kind
     * @param decisionText the decision in words
     * @param changes what it changes
     * @return this row with the decision
     */
    public RoundRow withDecision(String decisionKind, String decisionText, List<String> changes) {
        return new RoundRow(round, version, setup, decisionKind, decisionText, changes, samples, p50Ms, p95Ms,
                costPer1kUsd, forecastP50Ms, forecastCostPer1kUsd, measuredRootP50Ms);
    }

    /**
     * @param p50 the forecast median root duration
     * @param cost the forecast cost of 1,000 root requests
     * @return this row with the forecast
     */
    public RoundRow withForecast(double p50, double cost) {
        return new RoundRow(round, version, setup, kind, decision, diff, samples, p50Ms, p95Ms, costPer1kUsd,
                finite(p50), finite(cost), measuredRootP50Ms);
    }
}
