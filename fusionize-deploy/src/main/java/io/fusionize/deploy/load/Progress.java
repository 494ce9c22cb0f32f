package io.fusionize.deploy.load;

import java.time.Duration;
import java.util.Objects;

/**
 * A snapshot of a running load run.
 *
 * @param label what is running, e.g. a setup's name
 * @param total how many requests the run will send
 * @param issued how many have gone out
 * @param completed how many have an outcome
 * @param failed how many of those failed
 * @param elapsed time since the start
 * @param planned the schedule's span
 */
public record Progress(String label, int total, int issued, int completed, int failed, Duration elapsed,
        Duration planned) {

    /** Checks the parts. */
    public Progress {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(elapsed, "elapsed must not be null");
        Objects.requireNonNull(planned, "planned must not be null");
    }

    /** @return the share of requests with an outcome, in [0, 1] */
    public double fraction() {
        return total == 0 ? 1 : Math.min(1, (double) completed / total);
    }
}
