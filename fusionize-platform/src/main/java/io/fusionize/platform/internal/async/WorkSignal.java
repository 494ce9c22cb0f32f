package io.fusionize.platform.internal.async;

import java.time.Duration;

/** Wakes one idle delivery worker early, instead of letting it sleep out its poll interval. */
final class WorkSignal {

    private boolean raised;

    /** Tells one waiting worker, or the next one to wait, that work may be due. */
    synchronized void raise() {
        raised = true;
        notify();
    }

    /** Waits until raised or until {@code timeout} has passed, then lowers the signal. */
    synchronized void await(Duration timeout) throws InterruptedException {
        if (!raised) {
            wait(Math.max(1, timeout.toMillis()));
        }
        raised = false;
    }
}
