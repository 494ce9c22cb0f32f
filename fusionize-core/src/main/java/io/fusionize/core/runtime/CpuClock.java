package io.fusionize.core.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

/**
 * Reads the current thread's CPU time, or 0 where the JVM cannot measure it.
 *
 * <p>Reading the thread clock is a system call that costs a large part of an inline call, so a
 * reading taken less than {@link #INTERPOLATION_LIMIT_NANOS} after the thread's last real reading
 * is that reading plus the wall time since. CPU time cannot grow faster than wall time, so such a
 * reading is high by at most that limit, and only when the thread was off the CPU meanwhile.
 */
final class CpuClock {

    /** How long after a real reading the thread clock is interpolated instead of read: 10 µs. */
    static final long INTERPOLATION_LIMIT_NANOS = TimeUnit.MICROSECONDS.toNanos(10);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean supported = threads.isCurrentThreadCpuTimeSupported();
    private final ThreadLocal<LastReading> lastReading = ThreadLocal.withInitial(LastReading::new);

    /**
     * @param now a {@link System#nanoTime()} reading the caller just took
     * @return the current thread's CPU time in nanoseconds
     */
    long threadCpuNanos(long now) {
        if (!supported) {
            return 0L;
        }
        LastReading last = lastReading.get();
        long sinceReading = now - last.wallNanos;
        if (last.taken && sinceReading >= 0 && sinceReading < INTERPOLATION_LIMIT_NANOS) {
            return last.cpuNanos + sinceReading;
        }
        last.cpuNanos = threads.getCurrentThreadCpuTime();
        last.wallNanos = now;
        last.taken = true;
        return last.cpuNanos;
    }

    /** The last real reading of one thread's clock. */
    private static final class LastReading {
        private boolean taken;
        private long cpuNanos;
        private long wallNanos;
    }
}
