package io.fusionize.platform.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuShareTests {

    @Test
    void quotaIsProportionalToMemory() {
        assertThat(CpuShare.quotaMicros(1769)).isEqualTo(100_000);
        assertThat(CpuShare.quotaMicros(885)).isEqualTo(50_028);
        assertThat(CpuShare.quotaMicros(3538)).isEqualTo(200_000);
        assertThat(CpuShare.quotaMicros(128)).isEqualTo(7_236);
    }

    @Test
    void reportedProcessorsFollowLambda() {
        assertThat(CpuShare.reportedProcessors(128)).isEqualTo(2);
        assertThat(CpuShare.reportedProcessors(3008)).isEqualTo(2);
        assertThat(CpuShare.reportedProcessors(5307)).isEqualTo(3);
        assertThat(CpuShare.reportedProcessors(10240)).isEqualTo(6);
    }
}
