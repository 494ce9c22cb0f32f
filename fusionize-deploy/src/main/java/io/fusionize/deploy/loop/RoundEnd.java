package io.fusionize.deploy.loop;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/** When a round has measured enough to be decided. */
public interface RoundEnd {

    /** @return whether the current round may be decided now */
    boolean reached();

    /** Starts counting a new round. */
    void restart();

    /**
     * @param action runs whenever a new round starts, after this end restarted, e.g. to number a
     *     load's requests from 0 again
     * @return this end, with the action
     */
    default RoundEnd alsoOnRestart(Runnable action) {
        Objects.requireNonNull(action, "action must not be null");
        RoundEnd end = this;
        return new RoundEnd() {
            @Override
            public boolean reached() {
                return end.reached();
            }

            @Override
            public void restart() {
                end.restart();
                action.run();
            }
        };
    }

    /**
     * @param requests root requests per round
     * @param served how many requests the serving version has served so far
     * @return an end after that many requests since the round started
     */
    static RoundEnd afterRequests(long requests, LongSupplier served) {
        Objects.requireNonNull(served, "served must not be null");
        return new RoundEnd() {
            private volatile long servedAtStart = served.getAsLong();

            @Override
            public boolean reached() {
                return served.getAsLong() - servedAtStart >= requests;
            }

            @Override
            public void restart() {
                servedAtStart = served.getAsLong();
            }
        };
    }

    /**
     * @param time time per round
     * @return an end once that much time passed since the round started
     */
    static RoundEnd after(Duration time) {
        long nanos = Objects.requireNonNull(time, "time must not be null").toNanos();
        return new RoundEnd() {
            private volatile long startNanos = System.nanoTime();

            @Override
            public boolean reached() {
                return System.nanoTime() - startNanos >= nanos;
            }

            @Override
            public void restart() {
                startNanos = System.nanoTime();
            }
        };
    }

    /** @return the end of a stage that measures each setup's workload while deploying it: always reached */
    static RoundEnd atDeployment() {
        return new RoundEnd() {
            @Override
            public boolean reached() {
                return true;
            }

            @Override
            public void restart() {
                // the next deployment measures the next round
            }
        };
    }
}
