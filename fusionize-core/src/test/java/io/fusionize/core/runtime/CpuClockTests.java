package io.fusionize.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

class CpuClockTests {

    private final CpuClock clock = new CpuClock();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void readingNeverRunsAheadOfTheThreadClockByMoreThanTheInterpolationLimit() {
        for (int i = 0; i < 20_000; i++) {
            long reading = clock.threadCpuNanos();
            long actual = threads.getCurrentThreadCpuTime();

            assertThat(reading).isLessThanOrEqualTo(actual + CpuClock.INTERPOLATION_LIMIT_NANOS);
        }
    }

    @Test
    void firstReadingOnAThreadIsARealOne() {
        long reading = new CpuClock().threadCpuNanos(System.nanoTime() - CpuClock.INTERPOLATION_LIMIT_NANOS * 3 / 2);

        assertThat(reading).isGreaterThan(CpuClock.INTERPOLATION_LIMIT_NANOS);
    }

    @Test
    void readingFollowsCpuTheThreadBurned() {
        long before = clock.threadCpuNanos();
        long burnUntil = threads.getCurrentThreadCpuTime() + 5_000_000;
        while (threads.getCurrentThreadCpuTime() < burnUntil) {
            Thread.onSpinWait();
        }

        assertThat(clock.threadCpuNanos() - before).isGreaterThanOrEqualTo(5_000_000 - CpuClock.INTERPOLATION_LIMIT_NANOS);
    }
}
