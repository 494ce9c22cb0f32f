package io.fusionize.examples.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuWorkersTests {

    @Test
    void evaluationLoopIsSevenToTheSeventh() {
        assertThat(CpuWorkers.EVALUATION_ITERATIONS).isEqualTo((int) Math.pow(7, 7));
        assertThat(CpuWorkers.EVALUATION_WORKERS).isEqualTo(2);
    }

    @Test
    void loopSumsAtanTimesTan() {
        double expected = Math.atan(1) * Math.tan(1) + Math.atan(2) * Math.tan(2);
        assertThat(CpuWorkers.loop(3)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void workersEachRunTheWholeLoop() throws InterruptedException {
        double single = CpuWorkers.loop(10_000);
        assertThat(CpuWorkers.run(3, 10_000)).isCloseTo(3 * single, within(Math.abs(single) * 1e-9));
    }

    @Test
    void evaluationWorkGivesAFiniteSum() throws InterruptedException {
        assertThat(CpuWorkers.runEvaluationWork()).isFinite();
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> CpuWorkers.run(0, 1)).hasMessage("workers must be at least 1, was 0");
        assertThatThrownBy(() -> CpuWorkers.run(1, -1)).hasMessage("iterations must not be negative, was -1");
    }
}
