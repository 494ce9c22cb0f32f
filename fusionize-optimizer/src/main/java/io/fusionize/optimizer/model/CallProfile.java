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
 *     own duration (invocation, transfer, cold starts); for an async call, the time the caller
 *     spends handing the event to the platform
 */
public record CallProfile(String callee, boolean sync, double callsPerRun, double remoteOverheadMs) {

    /** Checks the parts. */
    public CallProfile {
        Objects.requireNonNull(callee, "callee must not be null");
        if (callsPerRun < 0 || remoteOverheadMs < 0) {
            throw new IllegalArgumentException("call counts and overheads must not be negative");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s x%.2f (remote +%.1f ms)", sync ? "sync" : "async", callee,
                callsPerRun, remoteOverheadMs);
    }
}
