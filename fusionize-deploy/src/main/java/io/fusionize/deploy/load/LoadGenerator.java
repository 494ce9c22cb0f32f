package io.fusionize.deploy.load;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * An open-loop load generator: requests go out at their scheduled times whatever the responses do.
 *
 * <p>The calling thread computes each intended send time and hands the request to a pool of
 * worker threads, so a slow response never delays a later send. Latency is measured from the
 * intended send time, which corrects for coordinated omission; the service time from the actual
 * send is kept too. A run is bounded by a request count, a duration and an optional stop signal,
 * then waits at most a drain timeout for responses; requests still open then count as failed.
 * {@link #run()} returns by itself.
 *
 * <pre>{@code
 * LoadResult result = LoadGenerator.builder(LoadProfiles.constant(5, Duration.ofSeconds(30)), sender)
 *         .label("all-remote").build().run();
 * }</pre>
 */
public final class LoadGenerator {

    private final LoadProfile profile;
    private final RequestSender sender;
    private final int maxRequests;
    private final Duration maxDuration;
    private final int concurrency;
    private final Duration drainTimeout;
    private final ProgressListener progress;
    private final String label;
    private final BooleanSupplier stopSignal;

    private LoadGenerator(Builder builder) {
        this.profile = builder.profile;
        this.sender = builder.sender;
        this.maxRequests = builder.maxRequests;
        this.maxDuration = builder.maxDuration;
        this.concurrency = builder.concurrency;
        this.drainTimeout = builder.drainTimeout;
        this.progress = builder.progress;
        this.label = builder.label;
        this.stopSignal = builder.stopSignal;
    }

    /**
     * @param profile the workload shape
     * @param sender sends one request
     * @return a builder with defaults: no count bound, 1 h duration bound, 256 workers, 60 s drain,
     *     progress bar only when a console is attached
     */
    public static Builder builder(LoadProfile profile, RequestSender sender) {
        return new Builder(profile, sender);
    }

    /** @return the schedule this generator will follow, after its bounds */
    public Schedule schedule() {
        return profile.schedule().limitedTo(maxRequests, maxDuration);
    }

    /**
     * Runs the schedule to its end, then waits for outstanding responses up to the drain timeout.
     * When the calling thread is interrupted, no further request is sent and the interrupt stays set.
     *
     * @return every request's outcome
     */
    public LoadResult run() {
        return new LoadRun(schedule(), sender, concurrency, drainTimeout, progress, label, stopSignal).execute();
    }

    /** Configures a {@link LoadGenerator}. */
    public static final class Builder {

        private final LoadProfile profile;
        private final RequestSender sender;
        private int maxRequests = Integer.MAX_VALUE;
        private Duration maxDuration = Duration.ofHours(1);
        private int concurrency = 256;
        private Duration drainTimeout = Duration.ofSeconds(60);
        private ProgressListener progress = ProgressListener.onConsole();
        private String label = "load";
        private BooleanSupplier stopSignal = () -> false;

        private Builder(LoadProfile profile, RequestSender sender) {
            this.profile = Objects.requireNonNull(profile, "profile must not be null");
            this.sender = Objects.requireNonNull(sender, "sender must not be null");
        }

        /**
         * @param count the most requests to send; not negative
         * @return this builder
         */
        public Builder maxRequests(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("maxRequests must not be negative, was " + count);
            }
            this.maxRequests = count;
            return this;
        }

        /**
         * @param duration no request is sent at or after this offset from the start
         * @return this builder
         */
        public Builder maxDuration(Duration duration) {
            this.maxDuration = requirePositive("maxDuration", duration);
            return this;
        }

        /**
         * @param workers how many requests may be in flight at once; later ones queue, and their
         *     queueing shows in the corrected latency
         * @return this builder
         */
        public Builder concurrency(int workers) {
            if (workers <= 0) {
                throw new IllegalArgumentException("concurrency must be positive, was " + workers);
            }
            this.concurrency = workers;
            return this;
        }

        /**
         * @param timeout how long to wait for responses after the last send
         * @return this builder
         */
        public Builder drainTimeout(Duration timeout) {
            this.drainTimeout = requirePositive("drainTimeout", timeout);
            return this;
        }

        /**
         * @param listener receives progress snapshots
         * @return this builder
         */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "progress must not be null");
            return this;
        }

        /**
         * @param name what the progress bar calls the run, e.g. a setup's name
         * @return this builder
         */
        public Builder label(String name) {
            this.label = Objects.requireNonNull(name, "label must not be null");
            return this;
        }

        /**
         * @param signal once it answers true, no further request is sent and the run drains as at
         *     the schedule's end, so that requests already sent still finish
         * @return this builder
         */
        public Builder stopWhen(BooleanSupplier signal) {
            this.stopSignal = Objects.requireNonNull(signal, "stop signal must not be null");
            return this;
        }

        /** @return the generator */
        public LoadGenerator build() {
            return new LoadGenerator(this);
        }

        private static Duration requirePositive(String name, Duration duration) {
            Objects.requireNonNull(duration, name + " must not be null");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
