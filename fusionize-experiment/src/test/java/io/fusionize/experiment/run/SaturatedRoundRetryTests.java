package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.deploy.load.LoadProfiles;
import io.fusionize.experiment.machine.CpuUtilization;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SaturatedRoundRetryTests {

    private static final SetupMeasurer.BoundedLoad LOAD = new SetupMeasurer.BoundedLoad(
            LoadProfiles.constant(1, Duration.ofSeconds(1)), 1, Duration.ofSeconds(1), Optional.empty());

    @Test
    void aRoundDuringWhichTheMachineSaturatedIsMeasuredAgainAndDecidedOnTheSecond() throws Exception {
        FakeMeasurer measurer = new FakeMeasurer(FakeMeasurer.SATURATED, FakeMeasurer.CALM);
        List<String> log = new ArrayList<>();

        SaturatedRoundRetry.RoundMeasurement round = new SaturatedRoundRetry(measurer, log::add)
                .measure("round-3", FakeMeasurer.setup(), LOAD);

        assertThat(measurer.measured()).containsExactly("round-3", "round-3");
        assertThat(round.decided().run().cpu()).isEqualTo(FakeMeasurer.CALM);
        assertThat(round.setAside()).hasValueSatisfying(first ->
                assertThat(first.run().cpu()).isEqualTo(FakeMeasurer.SATURATED));
        assertThat(round.decided().setup().version()).isNotEqualTo(round.setAside().orElseThrow().setup().version());
        assertThat(log).singleElement().asString().startsWith("round-3: the machine saturated (CPU mean 97 %");
    }

    @Test
    void aCalmRoundIsMeasuredOnce() throws Exception {
        FakeMeasurer measurer = new FakeMeasurer(FakeMeasurer.CALM);
        List<String> log = new ArrayList<>();

        SaturatedRoundRetry.RoundMeasurement round = new SaturatedRoundRetry(measurer, log::add)
                .measure("round-1", FakeMeasurer.setup(), LOAD);

        assertThat(measurer.measured()).hasSize(1);
        assertThat(round.setAside()).isEmpty();
        assertThat(log).isEmpty();
    }

    @Test
    void aRoundIsMeasuredAgainAtMostOnce() throws Exception {
        FakeMeasurer measurer = new FakeMeasurer(FakeMeasurer.SATURATED, FakeMeasurer.SATURATED);

        SaturatedRoundRetry.RoundMeasurement round = new SaturatedRoundRetry(measurer, line -> { })
                .measure("round-2", FakeMeasurer.setup(), LOAD);

        assertThat(measurer.measured()).hasSize(2);
        assertThat(round.decided().run().cpu().saturated()).isTrue();
    }

    @Test
    void saturationIsTheReportsNotionOfIt() {
        CpuUtilization busyIntervals = new CpuUtilization(0.70, 1.0, CpuUtilization.SATURATED_BUSY_SHARE, 20);
        CpuUtilization unmeasured = CpuUtilization.notMeasured();

        assertThat(SaturatedRoundRetry.needsAnotherMeasurement(withCpu(busyIntervals))).isTrue();
        assertThat(SaturatedRoundRetry.needsAnotherMeasurement(withCpu(unmeasured))).isFalse();
        assertThat(SaturatedRoundRetry.needsAnotherMeasurement(withCpu(FakeMeasurer.CALM))).isFalse();
    }

    private static Measurement withCpu(CpuUtilization cpu) {
        return new FakeMeasurer(cpu).measure("round-1", FakeMeasurer.setup(), LOAD);
    }
}
