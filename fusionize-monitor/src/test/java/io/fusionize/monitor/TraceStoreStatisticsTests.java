package io.fusionize.monitor;

import static io.fusionize.monitor.Traces.APP;
import static io.fusionize.monitor.Traces.call;
import static io.fusionize.monitor.Traces.child;
import static io.fusionize.monitor.Traces.failed;
import static io.fusionize.monitor.Traces.report;
import static io.fusionize.monitor.Traces.root;
import static io.fusionize.monitor.Traces.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.monitor.dto.ClientLatency;
import io.fusionize.protocol.fusion.TaskTiming;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TraceStoreStatisticsTests {

    @TempDir
    Path state;

    private TraceStore store;

    @BeforeEach
    void open() {
        store = TraceStore.open(state);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void reportsNearestRankPercentilesOfClientLatency() {
        for (int ms = 100; ms >= 1; ms--) {
            store.accept(new ClientLatency(APP, 1, "t" + ms, null, ms, true, ms));
        }

        DurationSummary latency = store.statistics(APP, 1).clientLatency();

        assertThat(latency.count()).isEqualTo(100);
        assertThat(latency.p50Ms()).isEqualTo(50);
        assertThat(latency.p95Ms()).isEqualTo(95);
        assertThat(latency.p99Ms()).isEqualTo(99);
        assertThat(latency.meanMs()).isEqualTo(50.5);
    }

    @Test
    void reportsRootFunctionDurationPercentilesApartFromOtherFunctions() {
        for (int i = 1; i <= 20; i++) {
            store.accept(root("r" + i, "t" + i, 1));
            store.accept(report("r" + i, "I", 1, i * 10, 0.001));
            store.accept(child("c" + i, "t" + i, "r" + i, "CW", 1));
            store.accept(report("c" + i, "CW", 1, 5000, 0.001));
        }

        DurationSummary root = store.statistics(APP, 1).rootDuration();

        assertThat(root.count()).isEqualTo(20);
        assertThat(root.p50Ms()).isEqualTo(100);
        assertThat(root.p95Ms()).isEqualTo(190);
        assertThat(root.maxMs()).isEqualTo(200);
    }

    @Test
    void sumsEveryInvocationOfARequestIntoItsCost() {
        store.accept(root("r1", "t1", 2, call("I", "CW", true, false), call("I", "CT", false, false)));
        store.accept(report("r1", "I", 2, 10, 0.010));
        store.accept(child("c1", "t1", "r1", "CW", 2));
        store.accept(report("c1", "CW", 2, 10, 0.020));
        store.accept(child("c2", "t1", "r1", "CT", 2));
        store.accept(report("c2", "CT", 2, 10, 0.030));
        store.accept(root("r2", "t2", 2));
        store.accept(report("r2", "I", 2, 10, 0.040));

        double perThousand = store.statistics(APP, 2).costPer1000RootRequestsUsd();

        assertThat(perThousand).isCloseTo((0.060 + 0.040) / 2 * 1000, within(1e-9));
    }

    @Test
    void keepsSetupVersionsApart() {
        store.accept(root("r1", "t1", 1));
        store.accept(report("r1", "I", 1, 10, 0.001));
        store.accept(root("r2", "t2", 2));
        store.accept(report("r2", "I", 2, 99, 0.002));

        assertThat(store.statistics(APP, 1).rootDuration().p50Ms()).isEqualTo(10);
        assertThat(store.statistics(APP, 2).rootDuration().p50Ms()).isEqualTo(99);
        assertThat(store.versions(APP)).containsExactly(1, 2);
        assertThat(store.statistics("tree", 1).sampleSize()).isZero();
    }

    @Test
    void countsCallGraphEdgesByKindAndRouting() {
        store.accept(root("r1", "t1", 1, call("I", "CW", true, true), call("I", "CT", false, false),
                call("I", "CT", false, true)));
        store.accept(root("r2", "t2", 1, call("I", "CW", true, false), call("I", "CT", false, false)));
        store.accept(child("c1", "t1", "r1", "CS", 1, call("CS", "CSL", true, false)));

        assertThat(store.callGraph(APP, 1)).containsExactly(
                new CallEdge("CS", "CS", "CSL", 0, 1, 0, 0, 100, 10, 2.0, 0),
                new CallEdge("I", "I", "CT", 0, 0, 1, 2, 300, 30, 2.0, 0),
                new CallEdge("I", "I", "CW", 1, 1, 0, 0, 200, 20, 2.0, 0));
    }

    @Test
    void separatesTheFunctionACallWasMadeInFromItsCaller() {
        store.accept(root("r1", "t1", 1, call("I", "CS", true, true), call("CS", "CSL", true, false)));

        assertThat(store.callGraph(APP, 1)).extracting(CallEdge::function, CallEdge::callerTask, CallEdge::callee)
                .containsExactly(tuple("I", "CS", "CSL"),
                        tuple("I", "I", "CS"));
    }

    @Test
    void measuresColdStartsAndErrorsOverAllInvocations() {
        store.accept(root("r1", "t1", 1));
        store.accept(report("r1", "I", 1, 512, 10, 0.001, true, "Success", null));
        store.accept(failed(root("r2", "t2", 1), "java.lang.IllegalStateException"));
        store.accept(report("r2", "I", 1, 10, 0.001));
        store.accept(root("r3", "t3", 1));
        store.accept(root("r4", "t4", 1));
        store.accept(new ClientLatency(APP, 1, "t1", "r1", 10, true, 1));
        store.accept(new ClientLatency(APP, 1, "t2", "r2", 10, false, 2));

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.coldStartRatio()).isEqualTo(0.25);
        assertThat(stats.errorRatio()).isEqualTo(0.25);
        assertThat(stats.clientErrorRatio()).isEqualTo(0.5);
    }

    @Test
    void countsTimeoutsAndOutOfMemoryFromReportsWithoutRecords() {
        store.accept(report("x1", "CW", 3, 128, 3000, 0.001, false, "Unhandled", LambdaErrors.TIMEOUT));
        store.accept(report("x2", "CW", 3, 128, 800, 0.001, true, "Unhandled", LambdaErrors.OUT_OF_MEMORY));
        store.accept(report("x3", "CW", 3, 128, 800, 0.001, false, "Unhandled", LambdaErrors.EXIT));
        store.accept(child("c1", "t1", "r1", "CW", 3));
        store.accept(report("c1", "CW", 3, 128, 20, 0.001, false, "Success", null));

        SetupStatistics stats = store.statistics(APP, 3);

        assertThat(stats.function("CW", 128)).get().satisfies(cw -> {
            assertThat(cw.invocations()).isEqualTo(4);
            assertThat(cw.failures()).isEqualTo(3);
            assertThat(cw.timeouts()).isEqualTo(1);
            assertThat(cw.outOfMemory()).isEqualTo(1);
            assertThat(cw.exitErrors()).isEqualTo(1);
            assertThat(cw.hadResourceFailures()).isTrue();
        });
        assertThat(stats.timeouts()).isEqualTo(1);
        assertThat(stats.errorRatio()).isEqualTo(0.75);
    }

    @Test
    void doesNotMistakeAnotherApplicationsReportsForOwn() {
        store.accept(new InvocationReport("x1", "iotx-I", "1", 128, "Event", false, 10, 10, 0, 50, 0.001,
                "Unhandled", LambdaErrors.TIMEOUT, 0, 10, true, true, false));

        assertThat(store.statistics(APP, 1).functions()).isEmpty();
    }

    @Test
    void reportsInvocationCpuAndEachTasksWallAndCpuTime() {
        store.accept(timed(root("r1", "t1", 1), 30_000L, new TaskTiming("I", 40_000, 20_000),
                new TaskTiming("CW", 5_000, 4_000)));
        store.accept(timed(root("r2", "t2", 1), 10_000L, new TaskTiming("I", 60_000, 9_000)));
        store.accept(timed(root("r3", "t3", 1), 20_000L, new TaskTiming("I", 50_000, 10_000)));
        store.accept(timed(root("r4", "t4", 1), null, new TaskTiming("CW", 7_000, 6_000)));
        store.accept(report("r1", "I", 1, 40, 0.001));

        FunctionStatistics root = store.statistics(APP, 1).function("I", 512).orElseThrow();

        assertThat(root.invocations()).isEqualTo(4);
        assertThat(root.cpuMeasured()).as("a record without a CPU figure is left out").isEqualTo(3);
        assertThat(root.medianCpuMicros()).isEqualTo(20_000);
        assertThat(root.tasks()).containsExactly(
                new TaskStatistics("CW", 2, 5_000, 4_000),
                new TaskStatistics("I", 3, 50_000, 10_000));
        assertThat(root.task("I")).get().extracting(TaskStatistics::medianWallMicros).isEqualTo(50_000.0);
    }

    @Test
    void reportsNoCpuForAFunctionKnownOnlyFromReports() {
        store.accept(report("x1", "CW", 1, 128, 10, 0.001, false, "Success", null));

        FunctionStatistics cw = store.functionStatistics(APP, 1).get(0);

        assertThat(cw.cpuMeasured()).isZero();
        assertThat(cw.medianCpuMicros()).isZero();
        assertThat(cw.tasks()).isEmpty();
    }

    @Test
    void summarizesEachFunctionPerMemorySize() {
        store.accept(child("a", "t1", "r1", "CW", 1));
        store.accept(report("a", "CW", 1, 256, 100, 0.004, false, "Success", null));
        store.accept(child("b", "t2", "r2", "CW", 1));
        store.accept(report("b", "CW", 1, 256, 200, 0.006, false, "Success", null));
        store.accept(child("c", "t3", "r3", "CW", 1));
        store.accept(report("c", "CW", 1, 1024, 50, 0.008, false, "Success", null));

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.function("CW")).hasSize(2);
        assertThat(stats.function("CW", 256)).get().satisfies(cw -> {
            assertThat(cw.duration().meanMs()).isEqualTo(150);
            assertThat(cw.meanBilledDurationMs()).isEqualTo(150);
            assertThat(cw.meanCostUsd()).isCloseTo(0.005, within(1e-12));
            assertThat(cw.maxMemoryUsedMb()).isEqualTo(64 + 256 / 16.0);
        });
        assertThat(stats.function("CW", 1024)).get().extracting(FunctionStatistics::meanCostUsd).isEqualTo(0.008);
    }
}
