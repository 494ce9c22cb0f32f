package io.fusionize.deploy.load;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one request of a load run. Times are nanoseconds after the run's start.
 *
 * @param sequence the request's position in the schedule, from 0
 * @param intendedNanos when the schedule meant to send it
 * @param sentNanos when a worker actually started sending it
 * @param completedNanos when its outcome was known
 * @param success whether it succeeded
 * @param requestId the id the sender reported, if any
 * @param failureCause why it failed; empty on success
 */
public record RequestSample(long sequence, long intendedNanos, long sentNanos, long completedNanos, boolean success,
        Optional<String> requestId, Optional<String> failureCause) {

    /** Checks the ids and the order of the times. */
    public RequestSample {
        Objects.requireNonNull(requestId, "requestId must not be null");
        Objects.requireNonNull(failureCause, "failureCause must not be null");
        if (sentNanos < intendedNanos || completedNanos < sentNanos) {
            throw new IllegalArgumentException("times must satisfy intended <= sent <= completed, were "
                    + intendedNanos + ", " + sentNanos + ", " + completedNanos);
        }
    }

    /** @return the latency the client sees, from the intended send time: corrected for coordinated omission */
    public long latencyNanos() {
        return completedNanos - intendedNanos;
    }

    /** @return the service time, from the actual send: not corrected */
    public long serviceNanos() {
        return completedNanos - sentNanos;
    }

    /** @return how late the request went out against its schedule */
    public long sendLagNanos() {
        return sentNanos - intendedNanos;
    }
}
