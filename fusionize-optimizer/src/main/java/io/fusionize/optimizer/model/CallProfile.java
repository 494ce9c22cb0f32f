package io.fusionize.optimizer.model;

import java.util.Locale;
import java.util.Objects;

/**
 * What the model learned about one call a task makes, from invocations where it went remote.
 *
 * @param callee the called task
 * @param sync whether the caller waits for the result
 * @param callsPerRun how many such calls one run of the caller makes, on average
 * @param remoteOverheadMs for a sync call, what a remote call costs the caller beyond the callee's
 *     own duration (invocation, transfer, cold starts); for an async call, the time the platform
 *     takes to accept the event
 */
public record CallProfile(String callee, boolean sync, double callsPerRun, double remoteOverheadMs) {

    /** Checks the parts. */
    public CallProfile {
        Objects.requireNonNull(callee, "callee must not be null");
        if (callsPerRun < 0 || remoteOverheadMs < 0) {
            throw new IllegalArgumentException("call counts and overheads must not be negative");
        }
    }

    /**
     * What a run's remote async sends cost it. They leave concurrently and the run waits for all
     * acceptances at its end, so only the slowest counts; an edge used in only some runs counts in
     * proportion.
     *
     * @param callsPerRun sends per run on one edge
     * @param acceptanceMs the mean time to accept one send on that edge
     * @return that edge's share of the run's wait, to be combined with other edges by maximum
     */
    static double asyncWaitMs(double callsPerRun, double acceptanceMs) {
        return Math.min(1, callsPerRun) * acceptanceMs;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s x%.2f (remote +%.1f ms)", sync ? "sync" : "async", callee,
                callsPerRun, remoteOverheadMs);
    }
}
