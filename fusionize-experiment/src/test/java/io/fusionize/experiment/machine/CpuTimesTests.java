package io.fusionize.experiment.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuTimesTests {

    @Test
    void countsIdleAndIowaitAsNotBusy() {
        CpuTimes times = CpuTimes.parse("cpu  100 10 50 800 40 0 5 5 7 0");

        assertThat(times.total()).isEqualTo(1010);
        assertThat(times.busy()).isEqualTo(170);
    }

    @Test
    void computesTheBusyShareBetweenTwoReadings() {
        CpuTimes before = new CpuTimes(100, 1000);

        assertThat(new CpuTimes(175, 1100).utilizationSince(before)).isEqualTo(0.75);
        assertThat(before.utilizationSince(before)).isNaN();
    }

    @Test
    void rejectsOtherLines() {
        assertThatThrownBy(() -> CpuTimes.parse("cpu0 1 2 3 4 5")).hasMessageContaining("not an aggregate");
        assertThatThrownBy(() -> CpuTimes.parse("cpu 1 2 x 4 5")).hasMessageContaining("not an aggregate");
    }
}
