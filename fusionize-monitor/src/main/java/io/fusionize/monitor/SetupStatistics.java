package io.fusionize.monitor;

import io.fusionize.monitor.internal.TrafficWeighting;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the monitor measured for one setup version of one application.
 *
 * <p>The overall figures mix every entry task's root requests: client latency and root duration
 * summarize all of them together, and the cost per 1,000 root requests averages over all of them,
 * which is the entries' costs weighted by their traffic. {@link #entries()} splits the root
 * requests by entry task. With several entries, setups are ranked by the traffic-weighted mean of
 * the entries' figures ({@link #rankedLatency()}), not by the median of the mix: the mix's median
 * sits inside the busiest entry's distribution and barely moves when a quieter entry gets faster
 * or slower, and the weighted mean is also what the model-based optimizer forecasts.
 *
 * @param application the application's name
 * @param setupVersion the setup version
 * @param sampleSize complete root requests: root invocations with both a record and a report
 * @param clientLatency root request latency as clients saw it at the gateway
 * @param rootDuration the root function's duration (platform report, else the record's span)
 * @param costPer1000RootRequestsUsd mean cost of 1,000 root requests, each summing every
 *     reported invocation of its trace
 * @param coldStartRatio the share of invocations that started an instance
 * @param errorRatio the share of invocations that failed
 * @param clientErrorRatio the share of gateway requests that failed
 * @param callGraph the observed call graph
 * @param functions per function and memory size
 * @param entries per entry task that root requests started with, ordered by its name; empty when
 *     not split by entry
 */
public record SetupStatistics(String application, int setupVersion, long sampleSize,
                              DurationSummary clientLatency, DurationSummary rootDuration,
                              double costPer1000RootRequestsUsd, double coldStartRatio, double errorRatio,
                              double clientErrorRatio, List<CallEdge> callGraph,
                              List<FunctionStatistics> functions, List<EntryStatistics> entries) {

    /** Checks the parts and freezes the lists. */
    public SetupStatistics {
        Objects.requireNonNull(application, "application must not be null");
        Objects.requireNonNull(clientLatency, "clientLatency must not be null");
        Objects.requireNonNull(rootDuration, "rootDuration must not be null");
        callGraph = List.copyOf(Objects.requireNonNull(callGraph, "callGraph must not be null"));
        functions = List.copyOf(Objects.requireNonNull(functions, "functions must not be null"));
        entries = List.copyOf(Objects.requireNonNull(entries, "entries must not be null"));
    }

    /**
     * Statistics not split by entry task.
     *
     * @param application the application's name
     * @param setupVersion the setup version
     * @param sampleSize complete root requests
     * @param clientLatency root request latency as clients saw it at the gateway
     * @param rootDuration the root function's duration
     * @param costPer1000RootRequestsUsd mean cost of 1,000 root requests
     * @param coldStartRatio the share of invocations that started an instance
     * @param errorRatio the share of invocations that failed
     * @param clientErrorRatio the share of gateway requests that failed
     * @param callGraph the observed call graph
     * @param functions per function and memory size
     */
    public SetupStatistics(String application, int setupVersion, long sampleSize, DurationSummary clientLatency,
                           DurationSummary rootDuration, double costPer1000RootRequestsUsd, double coldStartRatio,
                           double errorRatio, double clientErrorRatio, List<CallEdge> callGraph,
                           List<FunctionStatistics> functions) {
        this(application, setupVersion, sampleSize, clientLatency, rootDuration, costPer1000RootRequestsUsd,
                coldStartRatio, errorRatio, clientErrorRatio, callGraph, functions, List.of());
    }

    /**
     * @param application the application's name
     * @param setupVersion the setup version
     * @return statistics of a version nothing was measured for
     */
    public static SetupStatistics empty(String application, int setupVersion) {
        return new SetupStatistics(application, setupVersion, 0, DurationSummary.empty(), DurationSummary.empty(),
                0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    /**
     * @param entryTask a function's entry task
     * @return that function's statistics, one per memory size it ran with
     */
    public List<FunctionStatistics> function(String entryTask) {
        return functions.stream().filter(f -> f.entryTask().equals(entryTask)).toList();
    }

    /**
     * @param entryTask a function's entry task
     * @param memoryMb a memory size
     * @return that function's statistics at that size, if it ran with it
     */
    public Optional<FunctionStatistics> function(String entryTask, int memoryMb) {
        return function(entryTask).stream().filter(f -> f.memoryMb() == memoryMb).findFirst();
    }

    /** @return invocations the platform stopped at their timeout, over all functions */
    public long timeouts() {
        return functions.stream().mapToLong(FunctionStatistics::timeouts).sum();
    }

    /** @return invocations that ran out of memory, over all functions */
    public long outOfMemory() {
        return functions.stream().mapToLong(FunctionStatistics::outOfMemory).sum();
    }

    /** @return invocations whose process exited, over all functions */
    public long exitErrors() {
        return functions.stream().mapToLong(FunctionStatistics::exitErrors).sum();
    }

    /**
     * @param entryTask an entry task
     * @return what its root requests measured, if any started with it
     */
    public Optional<EntryStatistics> entry(String entryTask) {
        return entries.stream().filter(e -> e.entryTask().equals(entryTask)).findFirst();
    }

    /** @return whether root requests started with more than one entry task */
    public boolean hasSeveralEntries() {
        return entries.size() > 1;
    }

    /**
     * @return the median latency the optimizer ranks setups by, as {@link #rankedLatency()}
     *     defines it
     */
    public double medianLatencyMs() {
        return rankedLatency().p50Ms();
    }

    /**
     * @return the latency summary the optimizer ranks setups by: the clients' view when the gateway
     *     measured any request (of every entry, with several), otherwise the root function's
     *     duration; with several entries, the traffic-weighted summary of the entries' own
     */
    public DurationSummary rankedLatency() {
        if (!hasSeveralEntries()) {
            return clientLatency.isEmpty() ? rootDuration : clientLatency;
        }
        boolean byClients = entries.stream().noneMatch(e -> e.clientLatency().isEmpty());
        return TrafficWeighting.weigh(entries, byClients ? EntryStatistics::clientLatency
                : EntryStatistics::rootDuration);
    }

    /**
     * @return the root function's duration as setups are ranked by when not every setup has client
     *     latencies: {@link #rootDuration()}, or with several entries the traffic-weighted summary
     *     of the entries' root durations
     */
    public DurationSummary rankedRootDuration() {
        return hasSeveralEntries() ? TrafficWeighting.weigh(entries, EntryStatistics::rootDuration) : rootDuration;
    }
}
