package io.fusionize.platform.internal.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExitDiagnosisTests {

    @Test
    void kernelKillAtTheLimitIsOutOfMemory() {
        InvocationOutcome outcome = ExitDiagnosis.diagnose("r1", 137, true, 256);

        assertThat(outcome.errorType()).isEqualTo("Runtime.OutOfMemory");
        assertThat(text(outcome)).contains("RequestId: r1").contains("256 MB memory limit");
    }

    @Test
    void jvmOutOfMemoryExitIsOutOfMemory() {
        assertThat(ExitDiagnosis.diagnose("r1", 3, false, 512).errorType()).isEqualTo("Runtime.OutOfMemory");
    }

    @Test
    void otherExitsNameTheStatusOrSignal() {
        assertThat(text(ExitDiagnosis.diagnose("r1", 7, false, 512))).contains("exit status 7");
        InvocationOutcome killed = ExitDiagnosis.diagnose("r1", 137, false, 512);
        assertThat(killed.errorType()).isEqualTo("Runtime.ExitError");
        assertThat(text(killed)).contains("signal: killed");
    }

    private static String text(InvocationOutcome outcome) {
        return new String(outcome.body(), StandardCharsets.UTF_8);
    }
}
