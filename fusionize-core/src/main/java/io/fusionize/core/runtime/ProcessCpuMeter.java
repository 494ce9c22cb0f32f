package io.fusionize.core.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.concurrent.TimeUnit;

/**
 * Measures the CPU time the whole process uses during one invocation: every thread, those a task
 * starts itself included, plus garbage collection and compilation.
 *
 * <p>The figure belongs to the invocation only when no other invocation ran in the process
 * meanwhile. A platform instance serves one invocation at a time, so there it always does; in the
 * in-process harness invocations overlap, and the meter then reports nothing rather than a
 * figure that mixes several invocations.
 */
final class ProcessCpuMeter {

    private static final com.sun.management.OperatingSystemMXBean CLOCK = processClock();
    private static final Object LOCK = new Object();
    private static int running;
    private static long started;

    private final long startCpuNanos;
    private final boolean startedAlone;
    private final long startNumber;
    private boolean finished;

    private ProcessCpuMeter(long startCpuNanos, boolean startedAlone, long startNumber) {
        this.startCpuNanos = startCpuNanos;
        this.startedAlone = startedAlone;
        this.startNumber = startNumber;
    }

    /** @return a meter running from now; finish it exactly once, or at least once */
    static ProcessCpuMeter start() {
        boolean alone;
        long number;
        synchronized (LOCK) {
            alone = running++ == 0;
            number = ++started;
        }
        // reading the clock is a system call; an invocation that shares the process gets no figure anyway
        return new ProcessCpuMeter(alone ? cpuNanos() : -1, alone, number);
    }

    /**
     * Stops the meter; later calls change nothing and return {@code null}.
     *
     * @param threadCpuMicros the CPU time the invocation's tasks used on their own threads
     * @return the process CPU time since the start in microseconds, at least {@code threadCpuMicros};
     *     {@code null} when another invocation overlapped or the clock cannot be read
     */
    Long finish(long threadCpuMicros) {
        boolean alone;
        synchronized (LOCK) {
            if (finished) {
                return null;
            }
            finished = true;
            running--;
            alone = startedAlone && started == startNumber;
        }
        long now = alone ? cpuNanos() : -1;
        if (now < 0 || startCpuNanos < 0) {
            return null;
        }
        // the process clock ticks coarsely; the tasks' thread clocks are exact and can only be less
        return Math.max(TimeUnit.NANOSECONDS.toMicros(now - startCpuNanos), threadCpuMicros);
    }

    private static long cpuNanos() {
        return CLOCK == null ? -1 : CLOCK.getProcessCpuTime();
    }

    private static com.sun.management.OperatingSystemMXBean processClock() {
        try {
            OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
            return bean instanceof com.sun.management.OperatingSystemMXBean clock ? clock : null;
        } catch (LinkageError missingModule) {
            // a JVM without jdk.management cannot read process CPU time; records then carry none
            return null;
        }
    }
}
