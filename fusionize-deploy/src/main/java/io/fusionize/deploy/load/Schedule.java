package io.fusionize.deploy.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * The intended send times of a load run, as non-decreasing offsets from the run's start.
 *
 * <p>Immutable. Offsets are in nanoseconds so that high rates keep their spacing exactly.
 */
public final class Schedule {

    private final String description;
    private final long[] offsetsNanos;

    /**
     * @param description what produced the schedule, e.g. {@code "constant 10 req/s for 100 s"}
     * @param offsetsNanos the intended send times, non-negative and non-decreasing
     */
    public Schedule(String description, long[] offsetsNanos) {
        this.description = Objects.requireNonNull(description, "description must not be null");
        this.offsetsNanos = Objects.requireNonNull(offsetsNanos, "offsetsNanos must not be null").clone();
        checkOrdered(this.offsetsNanos);
    }

    private static void checkOrdered(long[] offsets) {
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0 || (i > 0 && offsets[i] < offsets[i - 1])) {
                throw new IllegalArgumentException(
                        "offset " + i + " (" + offsets[i] + " ns) must be non-negative and not earlier than the one before");
            }
        }
    }

    /** @return what produced the schedule */
    public String description() {
        return description;
    }

    /** @return how many requests the schedule sends */
    public int size() {
        return offsetsNanos.length;
    }

    /**
     * @param index a request's position, from 0
     * @return its intended send time, in nanoseconds after the start
     */
    public long offsetNanos(int index) {
        return offsetsNanos[index];
    }

    /** @return the intended send times, a copy */
    public long[] offsetsNanos() {
        return offsetsNanos.clone();
    }

    /** @return the time from the start to the last intended send; zero when empty */
    public Duration span() {
        return offsetsNanos.length == 0 ? Duration.ZERO : Duration.ofNanos(offsetsNanos[offsetsNanos.length - 1]);
    }

    /**
     * @param from the window's start, inclusive
     * @param to the window's end, exclusive
     * @return how many sends fall in {@code [from, to)}
     */
    public int countBetween(Duration from, Duration to) {
        long start = from.toNanos();
        long end = to.toNanos();
        return (int) Arrays.stream(offsetsNanos).filter(offset -> offset >= start && offset < end).count();
    }

    /**
     * @param maxRequests the most requests to keep
     * @param maxDuration sends at or after this offset are dropped
     * @return this schedule cut to both bounds; the description says when it was cut
     */
    public Schedule limitedTo(int maxRequests, Duration maxDuration) {
        if (maxRequests < 0) {
            throw new IllegalArgumentException("maxRequests must not be negative, was " + maxRequests);
        }
        long limitNanos = maxDuration.toNanos();
        long[] kept = Arrays.stream(offsetsNanos).filter(offset -> offset < limitNanos).limit(maxRequests).toArray();
        if (kept.length == offsetsNanos.length) {
            return this;
        }
        return new Schedule(description + " (cut to " + kept.length + " of " + offsetsNanos.length + " requests)", kept);
    }
}
