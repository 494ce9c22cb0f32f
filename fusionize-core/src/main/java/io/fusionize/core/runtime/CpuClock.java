package io.fusionize.core.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Reads the current thread's CPU time, or 0 where the JVM cannot measure it. */
final class CpuClock {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean supported = threads.isCurrentThreadCpuTimeSupported();

    /** @return the current thread's CPU time in nanoseconds */
    long threadCpuNanos() {
        return supported ? threads.getCurrentThreadCpuTime() : 0L;
    }
}
