package io.fusionize.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.protocol.fusion.CallRecord;
import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.Outcome;
import io.fusionize.protocol.fusion.TaskTiming;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.LogLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The monitor reads exactly what the fusion runtime and the platform write, as the protocol fixes it. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RuntimeRecordContractTests {

    private static final String GOLDEN = "/io/fusionize/protocol/golden/";

    @TempDir
    Path state;

    @Test
    void ingestsTheLogLineTheRuntimeWrites() {
        InvocationRecord written = new InvocationRecord("iot", "iot-CS", "CS", 5, "trace", "inv-1", "inv-0", false,
                true, 768, 100, 180, Outcome.ERROR, "java.lang.IllegalStateException", "no sensor",
                List.of(new CallRecord("CS", "CSL", true, true, 1500, 40, 12, null),
                        new CallRecord("CS", "CSA", true, false, 9000, 40, 0, "java.lang.IllegalStateException")),
                List.of(new TaskTiming("CS", 80_000, 2_000)));

        try (TraceStore store = TraceStore.open(state)) {
            assertThat(store.acceptLogLine(LogLines.recordLine(ProtocolJson.write(written)))).isTrue();
            SetupStatistics stats = store.statistics("iot", 5);

            assertThat(stats.callGraph()).containsExactly(
                    new CallEdge("CS", "CS", "CSA", 0, 1, 0, 0, 40, 0, 9.0, 1),
                    new CallEdge("CS", "CS", "CSL", 1, 0, 0, 0, 40, 12, 1.5, 0));
            assertThat(stats.function("CS", 768)).get().satisfies(cs -> {
                assertThat(cs.failures()).isEqualTo(1);
                assertThat(cs.coldStarts()).isEqualTo(1);
                assertThat(cs.duration().p50Ms()).isEqualTo(80);
            });
            assertThat(store.malformedInputs()).isZero();
        }
    }

    @Test
    void ingestsTheGoldenRecordAndReport() {
        try (TraceStore store = TraceStore.open(state)) {
            assertThat(store.acceptLogLine(LogLines.recordLine(singleLine("invocation-record.json")))).isTrue();
            store.acceptReportJson(golden("invocation-report.json"));
            SetupStatistics stats = store.statistics("iot", 3);

            assertThat(stats.sampleSize()).isEqualTo(1);
            assertThat(stats.rootDuration().p50Ms()).as("the platform's duration").isEqualTo(12.3);
            assertThat(stats.coldStartRatio()).as("the platform knows cold starts best").isEqualTo(1.0);
            assertThat(stats.errorRatio()).isZero();
            assertThat(stats.costPer1000RootRequestsUsd()).isCloseTo(0.0023917, within(1e-12));
            assertThat(stats.callGraph()).containsExactly(new CallEdge("I", "I", "CW", 1, 0, 0, 0, 120, 48, 0.812, 0));
            assertThat(stats.function("I", 512)).get().satisfies(this::matchesTheGoldenInvocation);
            assertThat(store.malformedInputs()).isZero();
        }
    }

    private void matchesTheGoldenInvocation(FunctionStatistics function) {
        assertThat(function.functionName()).isEqualTo("iot-I");
        assertThat(function.invocations()).isEqualTo(1);
        assertThat(function.meanBilledDurationMs()).isEqualTo(263);
        assertThat(function.maxMemoryUsedMb()).isEqualTo(80);
        assertThat(function.meanCostUsd()).isEqualTo(0.0000023917);
        assertThat(function.cpuMeasured()).isEqualTo(1);
        assertThat(function.medianCpuMicros()).isEqualTo(21_000);
        assertThat(function.tasks()).containsExactly(new TaskStatistics("I", 1, 33_500, 9_100));
    }

    private static String singleLine(String name) {
        try {
            // A record travels on one log line; the golden document is laid out for reading.
            return ProtocolJson.mapper().readTree(golden(name)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String golden(String name) {
        try (InputStream in = RuntimeRecordContractTests.class.getResourceAsStream(GOLDEN + name)) {
            assertThat(in).as("golden document %s on the classpath", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
