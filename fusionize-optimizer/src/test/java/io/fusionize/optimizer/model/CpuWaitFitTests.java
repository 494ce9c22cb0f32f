package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuWaitFitTests {

    private static final ModelOptions OPTIONS = ModelOptions.defaults();

    @Test
    void splitsExactlyWithTwoSizesBelowOneVcpu() {
        CpuWaitFit.Split split = CpuWaitFit.fit(readings(20, 50, 1, 512, 1536), OPTIONS);

        assertThat(split.splitKnown()).isTrue();
        assertThat(split.waitMs()).isCloseTo(20, within(1e-9));
        assertThat(split.cpuMs()).isCloseTo(50, within(1e-9));
        assertThat(split.threads()).as("unobservable below one vCPU, so the cautious guess").isEqualTo(1);
    }

    @Test
    void findsTwoThreadsOnceMeasuredAboveOneVcpu() {
        CpuWaitFit.Split split = CpuWaitFit.fit(readings(5, 120, 2, 1024, 1650, 3008), OPTIONS);

        assertThat(split.threads()).isEqualTo(2);
        assertThat(split.cpuMs()).isCloseTo(120, within(1e-6));
    }

    @Test
    void leavesTheSplitUnknownWithOneSize() {
        CpuWaitFit.Split split = CpuWaitFit.fit(readings(5, 40, 1, 1024), OPTIONS);

        assertThat(split.splitKnown()).isFalse();
        assertThat(split.ownBySize()).containsOnlyKeys(1024);
    }

    @Test
    void leavesTheSplitUnknownWhenEverySizeBuysTheSameShare() {
        CpuWaitFit.Split split = CpuWaitFit.fit(readings(5, 40, 1, 3538, 4096), OPTIONS);

        assertThat(split.splitKnown()).as("both sizes buy the platform's two vCPUs").isFalse();
    }

    @Test
    void neverFitsNegativeParts() {
        List<SoloObservation> slowerWithMore = List.of(reading(512, 10), reading(1536, 12));

        CpuWaitFit.Split split = CpuWaitFit.fit(slowerWithMore, OPTIONS);

        assertThat(split.cpuMs()).isZero();
        assertThat(split.waitMs()).isCloseTo(11, within(1e-9));
    }

    private static List<SoloObservation> readings(double waitMs, double cpuMs, int threads, int... sizes) {
        return Arrays.stream(sizes).mapToObj(size -> reading(size, waitMs + cpuMs
                * OPTIONS.cpuSlowdown(size, threads))).toList();
    }

    private static SoloObservation reading(int memoryMb, double ownMs) {
        return new SoloObservation("T", memoryMb, 100, ownMs, false, List.of(), 0);
    }
}
