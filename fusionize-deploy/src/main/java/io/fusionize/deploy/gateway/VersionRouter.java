package io.fusionize.deploy.gateway;

import io.fusionize.core.setup.Setup;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides which setup version serves each new root request, and knows how many requests each
 * version still serves.
 *
 * <p>A request takes a {@link Lease} on the current version once and keeps it to the end, so it is
 * served by one version only. Switching is a single atomic step; a version is drained once every
 * lease taken on it has been closed.
 */
public final class VersionRouter {

    private final AtomicReference<Slot> current = new AtomicReference<>();

    /**
     * Makes a setup version the one new requests go to.
     *
     * @param setup the deployed setup
     * @return the version that was current before, if any
     */
    public Optional<Slot> switchTo(Setup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        return Optional.ofNullable(current.getAndSet(new Slot(setup)));
    }

    /** @return the current version's slot, if one has been deployed */
    public Optional<Slot> currentSlot() {
        return Optional.ofNullable(current.get());
    }

    /** @return the current setup, if one has been deployed */
    public Optional<Setup> currentSetup() {
        return Optional.ofNullable(current.get()).map(Slot::setup);
    }

    /**
     * Takes a lease on the current version.
     *
     * @return the lease; close it when the request has finished
     * @throws IllegalStateException when no version has been deployed yet
     */
    public Lease acquire() {
        while (true) {
            Slot slot = current.get();
            if (slot == null) {
                throw new IllegalStateException("no setup version is deployed yet");
            }
            slot.inFlight.incrementAndGet();
            // A switch in between means the old slot may be draining already: retry on the new one.
            if (current.get() == slot) {
                slot.served.incrementAndGet();
                return new Lease(slot);
            }
            slot.release();
        }
    }

    /** One setup version and its request counters. */
    public static final class Slot {

        private final Setup setup;
        private final AtomicLong inFlight = new AtomicLong();
        private final AtomicLong served = new AtomicLong();

        private Slot(Setup setup) {
            this.setup = setup;
        }

        /** @return the setup */
        public Setup setup() {
            return setup;
        }

        /** @return the setup version */
        public int version() {
            return setup.version();
        }

        /** @return requests started on this version and not yet finished */
        public long inFlight() {
            return inFlight.get();
        }

        /** @return requests this version has been given */
        public long served() {
            return served.get();
        }

        /**
         * Waits until no request is in flight on this version.
         *
         * @param timeout the longest wait
         * @return whether the version drained in time
         * @throws InterruptedException when interrupted while waiting
         */
        public boolean awaitDrained(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (this) {
                while (inFlight.get() > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
            }
            return true;
        }

        private void release() {
            if (inFlight.decrementAndGet() == 0) {
                synchronized (this) {
                    notifyAll();
                }
            }
        }
    }

    /** A request's hold on one version. */
    public static final class Lease implements AutoCloseable {

        private final Slot slot;
        private boolean closed;

        private Lease(Slot slot) {
            this.slot = slot;
        }

        /** @return the setup serving the request */
        public Setup setup() {
            return slot.setup();
        }

        /** @return the setup version serving the request */
        public int version() {
            return slot.version();
        }

        /** Ends the request's hold; closing twice has no further effect. */
        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                slot.release();
            }
        }
    }
}
