package io.fusionize.monitor;

import static io.fusionize.monitor.Traces.APP;
import static io.fusionize.monitor.Traces.call;
import static io.fusionize.monitor.Traces.child;
import static io.fusionize.monitor.Traces.json;
import static io.fusionize.monitor.Traces.logLine;
import static io.fusionize.monitor.Traces.report;
import static io.fusionize.monitor.Traces.root;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.monitor.dto.ClientLatency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TraceStoreIngestionTests {

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
    void joinsARecordWithTheReportThatFollowsIt() {
        store.acceptLogLine(logLine(root("r1", "t1", 1)));
        store.acceptReportJson(json(report("r1", "I", 1, 42.5, 0.001)));

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.sampleSize()).isEqualTo(1);
        assertThat(stats.rootDuration().p50Ms()).isEqualTo(42.5);
        assertThat(stats.costPer1000RootRequestsUsd()).isEqualTo(1.0);
    }

    @Test
    void joinsAReportWithTheRecordThatFollowsIt() {
        store.acceptReportJson(json(report("r1", "I", 1, 42.5, 0.001)));
        store.flush();
        store.acceptLogLine(logLine(root("r1", "t1", 1)));

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.sampleSize()).isEqualTo(1);
        assertThat(stats.functions()).singleElement().satisfies(f -> {
            assertThat(f.invocations()).isEqualTo(1);
            assertThat(f.meanBilledDurationMs()).isEqualTo(43);
        });
    }

    @Test
    void countsARootWithoutItsReportOutOfTheSample() {
        store.acceptLogLine(logLine(root("r1", "t1", 1)));

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.sampleSize()).isZero();
        assertThat(stats.rootDuration().p50Ms()).as("the record's own span").isEqualTo(40);
    }

    @Test
    void storesAnInvocationDeliveredTwiceOnce() {
        for (int i = 0; i < 2; i++) {
            store.acceptLogLine(logLine(root("r1", "t1", 1, call("I", "CW", true, false))));
            store.accept(report("r1", "I", 1, 10, 0.001));
        }

        SetupStatistics stats = store.statistics(APP, 1);

        assertThat(stats.functions()).singleElement().extracting(FunctionStatistics::invocations).isEqualTo(1L);
        assertThat(stats.callGraph()).singleElement().extracting(CallEdge::syncRemote).isEqualTo(1L);
    }

    @Test
    void findsRecordsBehindALogPrefixAndSkipsOtherLines() {
        boolean record = store.acceptLogLine("2025-01-01T00:00:00Z " + logLine(root("r1", "t1", 1)));
        boolean other = store.acceptLogLine("START RequestId: r1");

        assertThat(record).isTrue();
        assertThat(other).isFalse();
        assertThat(store.versions(APP)).containsExactly(1);
    }

    @Test
    void countsUnreadableLogLinesInsteadOfThrowing() {
        boolean accepted = store.acceptLogLine("FUSIONIZE_RECORD {not json");
        boolean incomplete = store.acceptLogLine("FUSIONIZE_RECORD {\"application\":\"iot\"}");

        assertThat(accepted).isFalse();
        assertThat(incomplete).isFalse();
        assertThat(store.malformedInputs()).isEqualTo(2);
    }

    @Test
    void rejectsAReportWithoutRequestId() {
        assertThatThrownBy(() -> store.acceptReportJson("{\"functionName\":\"iot-I\"}"))
                .isInstanceOf(MalformedTelemetryException.class)
                .hasMessageContaining("requestId");
    }

    @Test
    void rejectsARecordWithoutSetupVersion() {
        assertThatThrownBy(() -> store.acceptRecordJson("""
                {"application": "iot", "function": "iot-I", "invocationId": "r1", "outcome": "SUCCESS"}"""))
                .isInstanceOf(MalformedTelemetryException.class)
                .hasMessageContaining("setupVersion");
    }

    @Test
    void rejectsARecordThatCannotBeConstructed() {
        assertThatThrownBy(() -> store.acceptRecordJson("""
                {"application": "iot", "function": "iot-I", "invocationId": "r1", "setupVersion": 1,
                 "outcome": "SUCCESS", "tasks": [{"wallMicros": 5}]}"""))
                .isInstanceOf(MalformedTelemetryException.class)
                .hasMessageContaining("invocation record");
        assertThatThrownBy(() -> store.acceptRecordJson("""
                {"application": "iot", "function": "iot-I", "invocationId": "r1", "setupVersion": 1,
                 "outcome": "MAYBE"}"""))
                .isInstanceOf(MalformedTelemetryException.class);
    }

    @Test
    void readsTheDocumentedRecordAndReportShapes() {
        store.acceptLogLine("""
                FUSIONIZE_RECORD {"application": "iot", "function": "iot-I", "entryTask": "I", "setupVersion": 3,\
                 "traceId": "t", "invocationId": "inv", "parentInvocationId": null, "root": true,\
                 "coldStart": false, "memoryMb": 512, "startEpochMs": 0, "endEpochMs": 0,\
                 "outcome": "SUCCESS", "errorType": null, "errorMessage": null,\
                 "calls": [{"callerTask": "I", "callee": "CW", "sync": true, "local": true,\
                 "durationMicros": 0, "bytesIn": 7, "bytesOut": 3, "errorType": null}],\
                 "tasks": [{"task": "I", "wallMicros": 0, "cpuMicros": 0}], "futureField": 1}""");
        store.acceptReportJson("""
                {"requestId": "inv", "functionName": "iot-I", "version": "3", "memoryMb": 512,
                 "invocationType": "RequestResponse", "coldStart": true,
                 "durationMs": 12.3, "billedDurationMs": 13, "initDurationMs": 250.1, "maxMemoryUsedMb": 80,
                 "costUsd": 0.0000003, "outcome": "Success", "errorType": null,
                 "startEpochMs": 0, "endEpochMs": 0,
                 "cpuLimitEnforced": true, "memoryLimitEnforced": true, "oversubscribed": false}""");

        SetupStatistics stats = store.statistics(APP, 3);

        assertThat(stats.coldStartRatio()).as("the platform knows cold starts best").isEqualTo(1.0);
        assertThat(stats.callGraph()).singleElement().satisfies(e -> {
            assertThat(e.syncLocal()).isEqualTo(1);
            assertThat(e.bytesIn()).isEqualTo(7);
        });
        assertThat(stats.function("I", 512)).get().extracting(FunctionStatistics::maxMemoryUsedMb).isEqualTo(80.0);
    }

    @Test
    void readsAReportThatWritesNullForFiguresItLacks() {
        store.acceptLogLine(logLine(root("r1", "t1", 2)));
        store.acceptReportJson("""
                {"requestId": "r1", "functionName": "iot-I", "version": "2", "memoryMb": null,
                 "coldStart": false, "durationMs": 20.0, "billedDurationMs": 20, "initDurationMs": null,
                 "maxMemoryUsedMb": null, "costUsd": null, "outcome": "Success"}""");

        SetupStatistics stats = store.statistics(APP, 2);

        assertThat(stats.sampleSize()).isEqualTo(1);
        assertThat(stats.function("I", 512)).as("the record's memory size stands in").get().satisfies(f -> {
            assertThat(f.duration().p50Ms()).isEqualTo(20);
            assertThat(f.meanCostUsd()).isZero();
        });
        assertThat(store.malformedInputs()).isZero();
    }

    @Test
    void acceptsFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> ingestRoots(thread * 1000, 250)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(store.statistics(APP, 1).sampleSize()).isEqualTo(2000);
    }

    private void ingestRoots(int firstId, int count) {
        for (int i = firstId; i < firstId + count; i++) {
            store.acceptLogLine(logLine(root("r" + i, "t" + i, 1)));
            store.accept(report("r" + i, "I", 1, 10, 0.000001));
            store.accept(new ClientLatency(APP, 1, "t" + i, "r" + i, 12, true, i));
        }
    }

    @Test
    void keepsEverythingAcrossARestart() {
        store.acceptLogLine(logLine(root("r1", "t1", 4, call("I", "CT", false, false))));
        store.acceptLogLine(logLine(child("c1", "t1", "r1", "CT", 4)));
        store.accept(report("r1", "I", 4, 30, 0.002));
        store.accept(new ClientLatency(APP, 4, "t1", "r1", 35, true, 1));
        store.close();

        store = TraceStore.open(state);
        store.accept(report("c1", "CT", 4, 50, 0.003));
        SetupStatistics stats = store.statistics(APP, 4);

        assertThat(Files.exists(state.resolve(TraceStore.FILE_NAME))).isTrue();
        assertThat(stats.sampleSize()).isEqualTo(1);
        assertThat(stats.clientLatency().p50Ms()).isEqualTo(35);
        assertThat(stats.costPer1000RootRequestsUsd()).isCloseTo(5.0, within(1e-9));
        assertThat(stats.callGraph()).singleElement().extracting(CallEdge::asyncRemote).isEqualTo(1L);
    }

    @Test
    void importsAPlatformReportLog() throws Exception {
        Path reports = state.resolve("reports.jsonl");
        Files.write(reports, List.of(json(report("r1", "I", 1, 10, 0.001)), "", "garbage",
                json(report("r2", "I", 1, 20, 0.001))));

        long imported = store.importReports(reports);

        assertThat(imported).isEqualTo(2);
        assertThat(store.malformedInputs()).isEqualTo(1);
        assertThat(store.functionStatistics(APP, 1)).singleElement()
                .extracting(FunctionStatistics::invocations).isEqualTo(2L);
    }

    @Test
    void refusesWritesOnceClosed() {
        store.close();

        assertThatThrownBy(() -> store.accept(report("r1", "I", 1, 10, 0.001)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        store = TraceStore.open(state);
    }
}
