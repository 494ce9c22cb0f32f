package io.fusionize.experiment.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuSamplerTests {

    private static final Duration RARELY = Duration.ofHours(1);

    private static void write(Path file, long busy, long idle) throws IOException {
        Files.writeString(file, "cpu  " + busy + " 0 0 " + idle + " 0 0 0 0 0 0\ncpu0 0 0 0 0 0 0 0 0 0 0\n");
    }

    @Test
    void measuresMeanPeakAndBusyIntervalsFromTheCounters(@TempDir Path dir) throws IOException {
        Path stat = dir.resolve("stat");
        write(stat, 0, 0);
        try (CpuSampler sampler = new CpuSampler(stat, RARELY)) {
            sampler.start();
            write(stat, 100, 0); // 100 % busy
            sampler.sampleNow();
            write(stat, 120, 80); // 20 % busy
            sampler.sampleNow();
            write(stat, 130, 170); // 10 % busy
            CpuUtilization cpu = sampler.stop();

            assertThat(cpu.mean()).isCloseTo(130 / 300.0, within(1e-12));
            assertThat(cpu.peak()).isEqualTo(1.0);
            assertThat(cpu.busyShare()).isCloseTo(1 / 3.0, within(1e-12));
            assertThat(cpu.intervals()).isEqualTo(3);
            assertThat(cpu.saturated()).isTrue();
        }
    }

    @Test
    void saysNotMeasuredWhenTheCountersCannotBeRead(@TempDir Path dir) {
        try (CpuSampler sampler = new CpuSampler(dir.resolve("missing"), RARELY)) {
            sampler.start();
            CpuUtilization cpu = sampler.stop();

            assertThat(cpu.measured()).isFalse();
            assertThat(cpu.saturated()).isFalse();
        }
    }

    @Test
    void measuresThisMachineWithinZeroAndOne() throws InterruptedException {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")), "needs Linux /proc/stat");
        try (CpuSampler sampler = new CpuSampler(Path.of("/proc/stat"), Duration.ofMillis(50))) {
            sampler.start();
            long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
            double sink = 0;
            while (System.nanoTime() < until) {
                sink += Math.atan(sink + 1); // keep one core busy so there is something to see
            }
            CpuUtilization cpu = sampler.stop();

            assertThat(sink).isPositive();
            assertThat(cpu.measured()).isTrue();
            assertThat(cpu.mean()).isBetween(0.0, 1.0).isGreaterThan(0.0);
            assertThat(cpu.peak()).isBetween(cpu.mean() - 1e-9, 1.0);
        }
    }

    @Test
    void refusesToStopWhatDidNotStart() {
        CpuSampler sampler = CpuSampler.forThisMachine();

        assertThatThrownBy(sampler::stop).isInstanceOf(IllegalStateException.class).hasMessage("the sampler is not running");
    }

    @Test
    void rejectsMeasuredValuesOutsideZeroAndOne() {
        assertThatThrownBy(() -> new CpuUtilization(1.2, 1, 0, 3)).hasMessage("mean must be in [0, 1], was 1.2");
    }
}
