package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.monitor.CallEdge;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.FunctionStatistics;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SoloReadingTests {

    private static final FunctionSpec CS = new FunctionSpec("CS", 1024, Set.of(), Set.of());

    @Test
    void subtractsSequentialSyncWaitsAndHandOffs() {
        List<CallEdge> edges = List.of(sync("CSL", 30), sync("CSA", 50), async("AS", 3));

        SoloObservation reading = SoloReading.of(CS, measured(90), edges);

        assertThat(reading.ownMs()).isCloseTo(7, within(1e-9));
        assertThat(reading.concurrentSyncCalls()).isFalse();
        assertThat(reading.calls()).extracting(SoloObservation.ObservedCall::callee).containsExactly("CSL", "CSA",
                "AS");
    }

    @Test
    void subtractsOnlyTheSlowestAsyncAcceptanceAsEventsLeaveConcurrently() {
        List<CallEdge> edges = List.of(sync("CSL", 30), sync("CSA", 50), async("CT", 8), async("CA", 9),
                async("AS", 7));

        SoloObservation reading = SoloReading.of(CS, measured(94), edges);

        assertThat(reading.ownMs()).isCloseTo(5, within(1e-9));
        assertThat(reading.concurrentSyncCalls()).isFalse();
    }

    @Test
    void takesSyncCallsThatCannotHaveRunInSequenceAsConcurrent() {
        List<CallEdge> edges = List.of(sync("CSL", 30), sync("CSA", 50));

        SoloObservation reading = SoloReading.of(CS, measured(52), edges);

        assertThat(reading.concurrentSyncCalls()).isTrue();
        assertThat(reading.ownMs()).isCloseTo(2, within(1e-9));
    }

    @Test
    void countsCallsPerRun() {
        CallEdge twice = new CallEdge("CS", "CS", "CSL", 0, 200, 0, 0, 0, 0, 10, 0);

        SoloObservation reading = SoloReading.of(CS, measured(25), List.of(twice));

        assertThat(reading.calls()).singleElement().satisfies(call -> {
            assertThat(call.callsPerRun()).isEqualTo(2.0);
            assertThat(call.sync()).isTrue();
        });
        assertThat(reading.ownMs()).isCloseTo(5, within(1e-9));
    }

    private static FunctionStatistics measured(double meanMs) {
        return new FunctionStatistics("CS", "app-CS", 1024, 100, 0, 0, 0, 0, 0,
                new DurationSummary(100, meanMs, meanMs, meanMs, meanMs, meanMs), meanMs, 150, 0);
    }

    private static CallEdge sync(String callee, double meanMs) {
        return new CallEdge("CS", "CS", callee, 0, 100, 0, 0, 0, 0, meanMs, 0);
    }

    private static CallEdge async(String callee, double meanMs) {
        return new CallEdge("CS", "CS", callee, 0, 0, 0, 100, 0, 0, meanMs, 0);
    }
}
