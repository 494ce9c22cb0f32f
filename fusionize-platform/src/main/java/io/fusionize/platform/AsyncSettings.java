package io.fusionize.platform;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the platform's queue of asynchronous ({@code Event}) invocations retries, ages out and
 * delivers events.
 *
 * <p>{@link #defaults()} follows AWS Lambda: 2 retries, after 1 and then 2 minutes, and a maximum
 * event age of 6 hours. Change single values with the {@code with...} methods.
 *
 * @param retries how often a function error is retried, 0 to 2
 * @param backoff the delay before each retry: the first entry before the first retry, and so on;
 *     the last entry also serves any later retry
 * @param maximumEventAge how long after acceptance an event may still be delivered, 60 s to 6 h
 * @param concurrency how many events are delivered at once, at least 1
 * @param pollInterval how often idle workers look for due events, at least 1 ms
 * @param throttleDelay the delay after a first throttled attempt; it doubles with each further
 *     throttle of the same event, up to 5 minutes
 */
public record AsyncSettings(
        int retries,
        List<Duration> backoff,
        Duration maximumEventAge,
        int concurrency,
        Duration pollInterval,
        Duration throttleDelay) {

    /** The fewest retries Lambda allows. */
    public static final int MIN_RETRIES = 0;
    /** The most retries Lambda allows. */
    public static final int MAX_RETRIES = 2;
    /** The shortest maximum event age Lambda allows. */
    public static final Duration MIN_EVENT_AGE = Duration.ofSeconds(60);
    /** The longest maximum event age Lambda allows. */
    public static final Duration MAX_EVENT_AGE = Duration.ofHours(6);
    /** The longest delay between two attempts of a throttled event. */
    public static final Duration MAX_THROTTLE_DELAY = Duration.ofMinutes(5);

    /**
     * Checks every value against its documented range.
     *
     * @throws NullPointerException if a duration or the backoff list is {@code null}
     * @throws IllegalArgumentException if a value is out of range
     */
    public AsyncSettings {
        requireInRange("retries", retries, MIN_RETRIES, MAX_RETRIES);
        backoff = List.copyOf(Objects.requireNonNull(backoff, "backoff must not be null"));
        requireValidBackoff(backoff);
        requireInRange("maximumEventAge", maximumEventAge, MIN_EVENT_AGE, MAX_EVENT_AGE);
        requireInRange("concurrency", concurrency, 1, Integer.MAX_VALUE);
        requireInRange("pollInterval", pollInterval, Duration.ofMillis(1), Duration.ofHours(1));
        requireInRange("throttleDelay", throttleDelay, Duration.ofMillis(1), MAX_THROTTLE_DELAY);
    }

    /**
     * @return Lambda's defaults, 4 delivery workers and a 500 ms poll interval: new events wake the
     *     queue at once, so polling only finds retries that fell due, and can be slow
     */
    public static AsyncSettings defaults() {
        return new AsyncSettings(2, List.of(Duration.ofSeconds(60), Duration.ofSeconds(120)),
                MAX_EVENT_AGE, 4, Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    /**
     * @param newRetries how often a function error is retried, 0 to 2
     * @return these settings with another retry count
     */
    public AsyncSettings withRetries(int newRetries) {
        return new AsyncSettings(newRetries, backoff, maximumEventAge, concurrency, pollInterval,
                throttleDelay);
    }

    /**
     * @param delays the delay before the first retry, then before the second, and so on
     * @return these settings with another backoff
     */
    public AsyncSettings withBackoff(Duration... delays) {
        return new AsyncSettings(retries, List.of(delays), maximumEventAge, concurrency,
                pollInterval, throttleDelay);
    }

    /**
     * @param age how long after acceptance an event may still be delivered, 60 s to 6 h
     * @return these settings with another maximum event age
     */
    public AsyncSettings withMaximumEventAge(Duration age) {
        return new AsyncSettings(retries, backoff, age, concurrency, pollInterval, throttleDelay);
    }

    /**
     * @param workers how many events are delivered at once
     * @return these settings with another dispatch concurrency
     */
    public AsyncSettings withConcurrency(int workers) {
        return new AsyncSettings(retries, backoff, maximumEventAge, workers, pollInterval,
                throttleDelay);
    }

    /**
     * @param interval how often idle workers look for due events
     * @return these settings with another poll interval
     */
    public AsyncSettings withPollInterval(Duration interval) {
        return new AsyncSettings(retries, backoff, maximumEventAge, concurrency, interval,
                throttleDelay);
    }

    /**
     * @param delay the delay after a first throttled attempt, at most 5 minutes
     * @return these settings with another throttle delay
     */
    public AsyncSettings withThrottleDelay(Duration delay) {
        return new AsyncSettings(retries, backoff, maximumEventAge, concurrency, pollInterval,
                delay);
    }

    /**
     * @param retry a retry's number, counted from 1
     * @return the delay before it
     */
    public Duration delayBeforeRetry(int retry) {
        return backoff.get(Math.min(Math.max(retry, 1), backoff.size()) - 1);
    }

    /**
     * @param throttles how many throttles in a row an event has met, counted from 1
     * @return the delay before its next attempt
     */
    public Duration delayAfterThrottle(int throttles) {
        int doublings = Math.min(Math.max(throttles - 1, 0), 20);
        Duration delay = throttleDelay.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_THROTTLE_DELAY) > 0 ? MAX_THROTTLE_DELAY : delay;
    }

    private static void requireValidBackoff(List<Duration> delays) {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("backoff must hold at least one delay");
        }
        for (Duration delay : delays) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("backoff delays must not be negative: " + delay);
            }
        }
    }

    private static void requireInRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void requireInRange(String name, Duration value, Duration min, Duration max) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
