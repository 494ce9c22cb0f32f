package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.optimizer.History;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Forecasts of fused setups from all-remote measurements on a platform that delays every sync
 * invocation by 25 ms of emulated network, and accepts async events sent concurrently in 9 ms.
 * There a remote task's waits add up to more than its duration, yet its sync calls ran one after
 * the other: the model must neither take them as concurrent nor keep the delay after inlining.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DelayedSyncHopForecastTests {

    private static final SimulatedApplication IOT = SimulatedApplication.iot()
            .on(SimulatedPlatform.typical().withSyncNetworkDelay(25).withAsyncAcceptance(9));
    private static final double TOLERANCE = 0.05;
    private static final History CALIBRATED = GroundTruth.measured(IOT, IOT.allRemote(1024), IOT.allRemote(512));
    private static final PerformanceModel MODEL = PerformanceModel.fit(CALIBRATED);

    @Test
    void forecastsTheRootOfASetupThatInlinesTheRootsSyncCallees() {
        Setup fused = SetupText.parse("iot v3: I+CW+SE@512, CW@1024, SE@1024, CT@512, CS+CSA+CSL@512, CSL@1024, "
                + "CSA@1024, CA+DJ@512, DJ@1024, AS@512");

        Prediction forecast = MODEL.predict(fused);
        Prediction truth = IOT.truth(fused);

        assertThat(forecast.rootLatencyP50Ms()).isCloseTo(truth.rootLatencyP50Ms(),
                within(truth.rootLatencyP50Ms() * TOLERANCE));
        assertThat(forecast.costPer1000RootRequestsUsd()).isCloseTo(truth.costPer1000RootRequestsUsd(),
                within(truth.costPer1000RootRequestsUsd() * TOLERANCE));
    }

    @Test
    void takesTheRootsSyncCallsAsSequentialAndItsOwnTimeWithoutTheirWaits() {
        TaskProfile root = MODEL.task("I").orElseThrow();

        assertThat(root.concurrentSyncCalls()).isFalse();
        assertThat(root.ownMs(512, MODEL.options())).isLessThan(10);
    }
}
