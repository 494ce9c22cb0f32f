package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlatformReportFlagsTests {

    private static String report(boolean cpu, boolean memory, boolean oversubscribed) {
        return "{\"requestId\":\"r\",\"cpuLimitEnforced\":" + cpu + ",\"memoryLimitEnforced\":" + memory
                + ",\"oversubscribed\":" + oversubscribed + "}";
    }

    @Test
    void vouchesForEnforcementOnlyWhenEveryReportDoes() {
        PlatformReportFlags flags = new PlatformReportFlags();
        flags.accept(report(true, true, false));
        flags.accept(report(true, false, true));

        assertThat(flags.reports()).isEqualTo(2);
        assertThat(flags.cpuLimitEnforced()).isTrue();
        assertThat(flags.memoryLimitEnforced()).isFalse();
        assertThat(flags.oversubscribedInvocations()).isEqualTo(1);
    }

    @Test
    void vouchesForNothingWithoutReports() {
        PlatformReportFlags flags = new PlatformReportFlags();
        flags.accept("not json");

        assertThat(flags.reports()).isZero();
        assertThat(flags.cpuLimitEnforced()).isFalse();
        assertThat(flags.memoryLimitEnforced()).isFalse();
    }
}
