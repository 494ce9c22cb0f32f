package io.fusionize.core.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How long a retry loop waits before each retry: exponential growth from a first delay, capped,
 * with a share of random jitter so that many clients throttled at once do not retry in lockstep.
 *
 * <p>The delay before retry {@code n} (from 1) is {@code min(cap, first × factor^(n−1))}, of which
 * the share {@code jitter} is drawn at random: a jitter of 0.5 waits between half and all of it.
 *
 * @param first the delay before the first retry
 * @param factor how much each further delay grows, at least 1
 * @param cap the longest delay
 * @param jitter the random share of each delay, from 0 (none) to 1 (anything from zero to the delay)
 */
public record Backoff(Duration first, double factor, Duration cap, double jitter) {

    /** Checks that delays are not negative, growth at least 1 and jitter a share. */
    public Backoff {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(cap, "cap must not be null");
        if (first.isNegative() || cap.isNegative()) {
            throw new IllegalArgumentException("backoff delays must not be negative, were " + first + " and " + cap);
        }
        if (!(factor >= 1)) {
            throw new IllegalArgumentException("backoff factor must be at least 1, not " + factor);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("backoff jitter must lie between 0 and 1, not " + jitter);
        }
    }

    /**
     * @param first the delay before the first retry
     * @return a backoff that doubles each delay up to 64 times the first, with half of each delay random
     */
    public static Backoff doubling(Duration first) {
        return new Backoff(first, 2, first.multipliedBy(64), 0.5);
    }

    /** @return the same growth without jitter, for loops whose timing must be exact */
    public Backoff withoutJitter() {
        return new Backoff(first, factor, cap, 0);
    }

    /**
     * @param retry the retry's number, from 1
     * @return the delay before it, with jitter from a shared random source
     */
    public Duration delayBefore(int retry) {
        return delayBefore(retry, Math::random);
    }

    /**
     * @param retry the retry's number, from 1
     * @param random a source of numbers in [0, 1), for the jitter
     * @return the delay before that retry
     */
    public Duration delayBefore(int retry, DoubleSupplier random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries are numbered from 1, not " + retry);
        }
        double nanos = Math.min(cap.toNanos(), first.toNanos() * Math.pow(factor, retry - 1));
        double drawn = nanos * (1 - jitter * random.getAsDouble());
        return Duration.ofNanos(Math.round(drawn));
    }

    /**
     * Sleeps before a retry.
     *
     * @param retry the retry's number, from 1
     * @throws InterruptedException when interrupted while waiting
     */
    public void sleepBefore(int retry) throws InterruptedException {
        Duration delay = delayBefore(retry);
        Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
    }
}
