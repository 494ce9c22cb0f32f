package io.fusionize.monitor;

import java.util.Objects;

/**
 * What the monitor measured for the root requests of one entry task within one setup version.
 *
 * <p>A root request belongs to the entry task its root invocation's record names: the invocation
 * the gateway or a client started, not another function. Its cost is that of every reported
 * invocation in its trace; async work joins the trace of the request that sent it, so it counts
 * towards that request's entry. What cannot be attributed: a root invocation that wrote no record
 * (a process killed at its timeout), invocations reported without a record, and async work still
 * running when the statistics are read.
 *
 * @param entryTask the entry task the root requests started with
 * @param rootRequests root invocations recorded for this entry
 * @param requestShare this entry's share of all recorded root invocations of the version, in [0, 1]
 * @param costedRequests root invocations of this entry with a platform report: those its cost
 *     averages over
 * @param clientLatency latency as clients saw it at the gateway, for requests the gateway could
 *     match to this entry's root invocations by request or trace id
 * @param rootDuration the duration of this entry's root invocations
 * @param costPer1000RootRequestsUsd mean cost of 1,000 root requests of this entry, each summing
 *     every reported invocation of its trace
 */
public record EntryStatistics(String entryTask, long rootRequests, double requestShare, long costedRequests,
                              DurationSummary clientLatency, DurationSummary rootDuration,
                              double costPer1000RootRequestsUsd) {

    /** Checks the parts. */
    public EntryStatistics {
        Objects.requireNonNull(entryTask, "entryTask must not be null");
        Objects.requireNonNull(clientLatency, "clientLatency must not be null");
        Objects.requireNonNull(rootDuration, "rootDuration must not be null");
        if (requestShare < 0 || requestShare > 1 || Double.isNaN(requestShare)) {
            throw new IllegalArgumentException("requestShare must lie in [0, 1], was " + requestShare);
        }
    }

    /**
     * @return this entry's latency as setups are ranked by: the clients' view when the gateway
     *     measured any of its requests, otherwise its root invocations' duration
     */
    public DurationSummary rankedLatency() {
        return clientLatency.isEmpty() ? rootDuration : clientLatency;
    }
}
