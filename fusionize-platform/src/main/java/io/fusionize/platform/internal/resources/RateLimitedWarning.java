package io.fusionize.platform.internal.resources;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * A warning whose cause may recur many times a second, written at most once per interval. Each line
 * it writes says how many occurrences it stands for, so the occurrences in between are folded into
 * the next line rather than lost.
 */
final class RateLimitedWarning {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Consumer<String> sink;
    private long unreportedOccurrences;
    private long lastLineNanos;
    private boolean anyLineWritten;

    /**
     * @param interval the least time between two lines
     * @param nanoTime a monotonic clock in nanoseconds, such as {@code System::nanoTime}
     * @param sink where the lines go, such as a logger's {@code warn}
     */
    RateLimitedWarning(Duration interval, LongSupplier nanoTime, Consumer<String> sink) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, not " + interval);
        }
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.sink = sink;
    }

    /**
     * Counts occurrences and writes a line if none was written within the interval.
     *
     * @param occurrences how many occurrences happened just now; zero or fewer count nothing and write nothing
     * @param line builds the line from the occurrences since the previous line, these included; called
     *     only when a line is written
     */
    synchronized void occurred(long occurrences, LongFunction<String> line) {
        if (occurrences <= 0) {
            return;
        }
        unreportedOccurrences += occurrences;
        long now = nanoTime.getAsLong();
        // compared as a difference because nanoTime may be negative or wrap around
        if (anyLineWritten && now - lastLineNanos < intervalNanos) {
            return;
        }
        anyLineWritten = true;
        lastLineNanos = now;
        long reported = unreportedOccurrences;
        unreportedOccurrences = 0;
        sink.accept(line.apply(reported));
    }
}
