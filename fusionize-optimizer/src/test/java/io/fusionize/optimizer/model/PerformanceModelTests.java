package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.DeployedSetup;
import io.fusionize.optimizer.History;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The performance model against the simulated IoT application's truth. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PerformanceModelTests {

    private static final SimulatedApplication IOT = SimulatedApplication.iot();
    private static final double TOLERANCE = 0.05;
    private static final History CALIBRATED = GroundTruth.measured(IOT, IOT.allRemote(1024), IOT.allRemote(1650));
    private static final PerformanceModel MODEL = PerformanceModel.fit(CALIBRATED);

    @ParameterizedTest
    @ValueSource(strings = {
        "iot v9: I+CW+SE@1024, CW@1024, SE@1024, CT@1024, CS+CSL+CSA@1024, CSL@1024, CSA@1024, CA+DJ@1024, DJ@1024, "
                + "AS@1024",
        "iot v9: I@768, CW@768, SE@768, CT@768, CS@768, CSL@768, CSA@768, CA@768, DJ@768, AS@768",
        "iot v9: I+CW+SE&CT&CS&CA+CSL+CSA+DJ&AS@1536, CW@1024, SE@1024, CT@1024, CS@1024, CSL@1024, CSA@1024, "
                + "CA@1024, DJ@1024, AS@1024",
        "iot v9: I+CW@1650, CW@1024, SE@768, CT&AS@1024, CS+CSA@1536, CSL@768, CSA@1024, CA+DJ@768, DJ@1024, AS@768",
        "iot v9: I+CW+SE@2048, CW@1024, SE@1024, CT&AS@768, CS+CSL+CSA@768, CSL@1024, CSA@1024, CA+DJ&AS@768, "
                + "DJ@1024, AS@1024",
        "iot v9: I+SE&CS+CSL@1536, CW@768, SE@1024, CT@1650, CS@1024, CSL@1024, CSA@768, CA+DJ@1536, DJ@1024, AS@1024"})
    void forecastsUnseenSetupsWithinFivePercentOfTheTruth(String text) {
        Setup unseen = SetupText.parse(text);

        Prediction forecast = MODEL.predict(unseen);
        Prediction truth = IOT.truth(unseen);

        assertThat(forecast.rootLatencyP50Ms()).isCloseTo(truth.rootLatencyP50Ms(),
                within(truth.rootLatencyP50Ms() * TOLERANCE));
        assertThat(forecast.costPer1000RootRequestsUsd()).isCloseTo(truth.costPer1000RootRequestsUsd(),
                within(truth.costPer1000RootRequestsUsd() * TOLERANCE));
    }

    @Test
    void reproducesTheSetupItWasFittedTo() {
        PredictionCheck check = PredictionCheck.of(MODEL.predict(IOT.allRemote(1024)), CALIBRATED.entries().get(0)
                .statistics());

        assertThat(check.within(0.02)).as(check.toString()).isTrue();
    }

    @Test
    void tellsCpuWorkFromWaitingWithTwoSizes() {
        assertThat(MODEL.task("CW").orElseThrow()).satisfies(cw -> {
            assertThat(cw.splitKnown()).isTrue();
            assertThat(cw.cpuMs()).isCloseTo(IOT.task("CW").cpuMs(), within(2.0));
            assertThat(cw.waitMs()).isCloseTo(IOT.task("CW").waitMs(), within(1.0));
        });
        assertThat(MODEL.task("SE").orElseThrow().waitMs()).isCloseTo(IOT.task("SE").waitMs(), within(1.0));
        assertThat(MODEL.task("CS").orElseThrow().concurrentSyncCalls()).isTrue();
        assertThat(MODEL.task("I").orElseThrow().concurrentSyncCalls()).isFalse();
    }

    @Test
    void learnsRemoteOverheadsColdStartsIncludedAndCallCounts() {
        SimulatedPlatform platform = IOT.platform();
        double coldShare = platform.coldStartRatio() * platform.initMs();

        assertThat(MODEL.task("I").orElseThrow().calls()).satisfiesExactlyInAnyOrder(
                call -> assertSync(call, "CW", platform.remoteSyncMs() + coldShare),
                call -> assertSync(call, "SE", platform.remoteSyncMs() + coldShare),
                call -> assertThat(call.remoteOverheadMs()).isCloseTo(platform.asyncHandOffMs(), within(0.5)),
                call -> assertThat(call.remoteOverheadMs()).isCloseTo(platform.asyncHandOffMs(), within(0.5)),
                call -> assertThat(call.remoteOverheadMs()).isCloseTo(platform.asyncHandOffMs(), within(0.5)));
        assertThat(MODEL.task("CT").orElseThrow().calls()).singleElement()
                .satisfies(call -> assertThat(call.callsPerRun()).isEqualTo(1.0));
    }

    private static void assertSync(CallProfile call, String callee, double expectedMs) {
        assertThat(call.callee()).isEqualTo(callee);
        assertThat(call.sync()).isTrue();
        assertThat(call.remoteOverheadMs()).isCloseTo(expectedMs, within(expectedMs * 0.35));
    }

    @Test
    void countsEveryInvocationAndItsDoubleBilling() {
        Prediction allRemote = MODEL.predict(IOT.allRemote(1024));

        assertThat(allRemote.functions()).hasSize(10);
        assertThat(allRemote.functions()).filteredOn(f -> f.entry().equals("AS")).singleElement()
                .satisfies(as -> assertThat(as.invocationsPerRootRequest()).isEqualTo(2.0));
        assertThat(allRemote.functions()).filteredOn(f -> f.entry().equals("I")).singleElement()
                .satisfies(root -> assertThat(root.meanDurationMs()).as("the root waits for CW and SE")
                        .isGreaterThan(function(allRemote, "CW") + function(allRemote, "SE")));
    }

    private static double function(Prediction prediction, String entry) {
        return prediction.functions().stream().filter(f -> f.entry().equals(entry)).findFirst().orElseThrow()
                .meanDurationMs();
    }

    @Test
    void overestimatesMultiThreadedWorkAboveOneVcpuUntilMeasuredThere() {
        Setup twoVcpus = IOT.allRemote(3008);
        double before = relativeCostError(MODEL, twoVcpus);

        PerformanceModel measuredAbove = PerformanceModel.fit(GroundTruth.measured(IOT, IOT.allRemote(1024),
                IOT.allRemote(1650), IOT.allRemote(2048)));

        assertThat(MODEL.task("CT").orElseThrow().threads()).as("a single thread is the cautious guess").isEqualTo(1);
        assertThat(before).isGreaterThan(0.15);
        assertThat(measuredAbove.task("CT").orElseThrow().threads()).isEqualTo(IOT.task("CT").threads());
        assertThat(measuredAbove.task("CW").orElseThrow().threads()).isEqualTo(IOT.task("CW").threads());
        assertThat(Math.abs(relativeCostError(measuredAbove, twoVcpus))).isLessThan(TOLERANCE);
    }

    private static double relativeCostError(PerformanceModel model, Setup setup) {
        return model.predict(setup).costPer1000RootRequestsUsd() / IOT.truth(setup).costPer1000RootRequestsUsd() - 1;
    }

    @Test
    void correctsAComposedFunctionOnceItWasMeasured() {
        Setup fused = SetupText.parse("iot v3: I+CW+SE@1024, CW@1024, SE@1024, CT@768, CS+CSL+CSA@768, CSL@768, "
                + "CSA@768, CA+DJ@768, DJ@768, AS@768");
        SetupStatistics measured = IOT.measure(fused);
        History withFused = CALIBRATED.append(DeployedSetup.measured(fused, measured));

        PredictionCheck before = PredictionCheck.of(MODEL.predict(fused), measured);
        PredictionCheck after = PredictionCheck.of(PerformanceModel.fit(withFused).predict(fused), measured);

        assertThat(Math.abs(after.latencyError())).isLessThan(0.01).isLessThanOrEqualTo(Math.abs(before.latencyError()));
        assertThat(Math.abs(after.costError())).isLessThan(0.02);
    }

    @Test
    void forecastsOnlyTheMeasuredSizeFromOneSize() {
        PerformanceModel oneSize = PerformanceModel.fit(GroundTruth.measured(IOT, IOT.allRemote(1024)));

        assertThat(oneSize.canPredict(IOT.allRemote(1024))).isTrue();
        assertThat(oneSize.canPredict(IOT.allRemote(768))).isFalse();
        assertThatThrownBy(() -> oneSize.predict(IOT.allRemote(768)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("measured at [1024] MB only")
                .hasMessageContaining("at 768 MB cannot be predicted");
    }

    @Test
    void refusesAnEmptyHistory() {
        assertThatThrownBy(() -> PerformanceModel.fit(History.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least the initial setup");
    }

    @Test
    void refusesAHistoryWithoutTasksMeasuredAlone() {
        Setup fused = SetupText.parse("iot v1: I+CW+SE&CT&CS&CA+CSL+CSA+DJ&AS@1536, CW@1024, SE@1024, CT@1024, "
                + "CS@1024, CSL@1024, CSA@1024, CA@1024, DJ@1024, AS@1024");

        assertThatThrownBy(() -> PerformanceModel.fit(GroundTruth.measured(IOT, fused)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("all-remote setup");
    }

    @Test
    void refusesAHistoryWhoseSetupsWereNeverMeasured() {
        History unmeasured = History.of(DeployedSetup.measured(IOT.allRemote(1024), SetupStatistics.empty("iot", 1)));

        assertThatThrownBy(() -> PerformanceModel.fit(unmeasured))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("measure the all-remote setup");
    }

    @Test
    void refusesToForecastASetupThatCannotRouteACall() {
        Setup missingFunction = new Setup("iot", 9, IOT.allRemote(1024).functions().stream()
                .filter(f -> !f.entry().equals("SE")).toList());

        assertThatThrownBy(() -> MODEL.predict(missingFunction))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("routes a remote call to SE but has no function SE");
    }

    @Test
    void listsWhatItLearnedPerTask() {
        assertThat(MODEL.entryTask()).isEqualTo("I");
        assertThat(MODEL.tasks()).extracting(TaskProfile::task)
                .containsExactlyInAnyOrderElementsOf(List.of("I", "CW", "SE", "CT", "CS", "CSL", "CSA", "CA", "DJ",
                        "AS"));
        assertThat(MODEL.spikeMsPerRemoteSyncCall()).isPositive();
    }
}
