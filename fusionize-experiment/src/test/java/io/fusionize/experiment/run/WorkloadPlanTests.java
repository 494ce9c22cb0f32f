package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.fusionize.deploy.load.ColdStartProfile;
import io.fusionize.deploy.load.RateProfile;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WorkloadPlanTests {

    private static ExperimentOptions options(String workload, boolean quick) {
        return ExperimentOptions.builder("iot", workload, Path.of("out")).quick(quick).cores(2).build();
    }

    @Test
    void scalesTheBurstyPeakToWhatTwoCoresSustain() {
        WorkloadPlan plan = WorkloadPlan.resolve(options("bursty", false), AppCalibration.of("iot"));

        // 2 cores x 0.5 / 0.23 CPU-s = 4.35 req/s against the paper's 40 req/s peak.
        assertThat(plan.scale().factor()).isCloseTo(0.1087, org.assertj.core.data.Offset.offset(0.001));
        assertThat(((RateProfile) plan.workload()).peakRate()).isCloseTo(4.35, org.assertj.core.data.Offset.offset(0.01));
        assertThat(plan.description()).contains("rates x 0.109");
    }

    @Test
    void roundsRunTheScaledPaperRateForTheRoundLength() {
        WorkloadPlan plan = WorkloadPlan.resolve(options("bursty", true), AppCalibration.of("iot"));

        RateProfile rounds = (RateProfile) plan.rounds();
        assertThat(rounds.peakRate()).isCloseTo(4.35, org.assertj.core.data.Offset.offset(0.01));
        assertThat(rounds.length()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void aConstantWorkloadIsAlsoTheRoundLoad() {
        WorkloadPlan plan = WorkloadPlan.resolve(options("constant:2:20", false), AppCalibration.of("iot"));

        assertThat(plan.rounds()).isSameAs(plan.workload());
        assertThat(plan.roundLoad().warmUp()).isPresent();
        assertThat(plan.scale().factor()).isEqualTo(1.0);
    }

    @Test
    void treeRoundsAreCappedBecauseItsRequestsMostlyWait() {
        WorkloadPlan plan = WorkloadPlan.resolve(
                ExperimentOptions.builder("tree", "coldstart:10", Path.of("out")).cores(2).build(),
                AppCalibration.of("tree"));

        assertThat(((RateProfile) plan.rounds()).peakRate()).isEqualTo(2.0);
    }

    @Test
    void coldStartsAreSpacedPastTheShortKeepAliveAndFewerWhenQuick() {
        WorkloadPlan plan = WorkloadPlan.resolve(options("coldstart:20", true), AppCalibration.of("iot"));

        assertThat(plan.coldStartSpacing()).isEqualTo(Duration.ofSeconds(12));
        assertThat(((ColdStartProfile) plan.workload()).spacing()).isEqualTo(Duration.ofSeconds(12));
        assertThat(plan.maxRequests()).isEqualTo(WorkloadPlan.QUICK_COLD_STARTS);
        assertThat(plan.description()).contains("at most 10 requests");
        assertThat(plan.scale().basis()).contains("keep-alive");
    }

    @Test
    void quickCutsLongRateWorkloads() {
        WorkloadPlan plan = WorkloadPlan.resolve(options("constant:2:100", true), AppCalibration.of("iot"));

        assertThat(plan.comparedLoad().maxDuration()).isEqualTo(WorkloadPlan.QUICK_WORKLOAD_LENGTH);
        assertThat(plan.description()).contains("cut at 30 s");
    }

    @Test
    void rejectsAnUnknownWorkload() {
        assertThatThrownBy(() -> WorkloadPlan.resolve(options("steady", false), AppCalibration.of("iot")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown workload 'steady'");
    }
}
