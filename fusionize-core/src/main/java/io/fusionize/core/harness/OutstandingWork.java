package io.fusionize.core.harness;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Counts work that has been started but not finished, and lets callers wait until none is left. */
final class OutstandingWork {

    private int outstanding;

    synchronized void started() {
        outstanding++;
    }

    synchronized void finished() {
        outstanding--;
        if (outstanding == 0) {
            notifyAll();
        }
    }

    synchronized int count() {
        return outstanding;
    }

    synchronized void awaitNone(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (outstanding > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException(outstanding + " invocations still running after " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
