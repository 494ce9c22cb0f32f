package io.fusionize.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuClockTests {

    private final CpuClock clock = new CpuClock();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void readingNeverRunsAheadOfTheThreadClockByMoreThanTheInterpolationLimit() {
        for (int i = 0; i < 20_000; i++) {
            long reading = clock.threadCpuNanos(System.nanoTime());
            long actual = threads.getCurrentThreadCpuTime();

            assertThat(reading).isLessThanOrEqualTo(actual + CpuClock.INTERPOLATION_LIMIT_NANOS);
        }
    }

    @Test
    void interpolatesWithinTheLimitAndReadsTheClockAgainPastIt() {
        long now = System.nanoTime();
        long first = clock.threadCpuNanos(now);

        long interpolated = clock.threadCpuNanos(now + 5_000);
        long before = threads.getCurrentThreadCpuTime();
        long read = clock.threadCpuNanos(now + CpuClock.INTERPOLATION_LIMIT_NANOS);
        long after = threads.getCurrentThreadCpuTime();

        assertThat(interpolated).isEqualTo(first + 5_000);
        assertThat(read).isBetween(before, after);
    }

    @Test
    void readingFollowsCpuTheThreadBurned() {
        long before = clock.threadCpuNanos(System.nanoTime());
        long burnUntil = threads.getCurrentThreadCpuTime() + 5_000_000;
        while (threads.getCurrentThreadCpuTime() < burnUntil) {
            Thread.onSpinWait();
        }

        assertThat(clock.threadCpuNanos(System.nanoTime()) - before).isGreaterThanOrEqualTo(5_000_000 - CpuClock.INTERPOLATION_LIMIT_NANOS);
    }
}
