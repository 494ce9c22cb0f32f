package io.fusionize.monitor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the monitor measured for one setup version of one application.
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
 */
public record SetupStatistics(String application, int setupVersion, long sampleSize,
                              DurationSummary clientLatency, DurationSummary rootDuration,
                              double costPer1000RootRequestsUsd, double coldStartRatio, double errorRatio,
                              double clientErrorRatio, List<CallEdge> callGraph,
                              List<FunctionStatistics> functions) {

    /** Checks the parts and freezes the lists. */
    public SetupStatistics {
        Objects.requireNonNull(application, "application must not be null");
        Objects.requireNonNull(clientLatency, "clientLatency must not be null");
        Objects.requireNonNull(rootDuration, "rootDuration must not be null");
        callGraph = List.copyOf(Objects.requireNonNull(callGraph, "callGraph must not be null"));
        functions = List.copyOf(Objects.requireNonNull(functions, "functions must not be null"));
    }

    /**
     * @param application the application's name
     * @param setupVersion the setup version
     * @return statistics of a version nothing was measured for
     */
    public static SetupStatistics empty(String application, int setupVersion) {
        return new SetupStatistics(application, setupVersion, 0, DurationSummary.empty(), DurationSummary.empty(),
                0, 0, 0, 0, List.of(), List.of());
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
     * @return the median latency the optimizer ranks setups by: the clients' view when the gateway
     *     measured any request, otherwise the root function's duration
     */
    public double medianLatencyMs() {
        return rankedLatency().p50Ms();
    }

    /**
     * @return the latency summary the optimizer ranks setups by: the clients' view when the gateway
     *     measured any request, otherwise the root function's duration
     */
    public DurationSummary rankedLatency() {
        return clientLatency.isEmpty() ? rootDuration : clientLatency;
    }
}
